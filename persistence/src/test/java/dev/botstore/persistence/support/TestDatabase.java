package dev.botstore.persistence.support;

import com.mysql.cj.jdbc.MysqlDataSource;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.config.SQLitePlatform;
import dev.botstore.persistence.schema.SchemaSync;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteDataSource;

/**
 * A real database of one backend with a unique name, created for one test and dropped after it.
 * PostgreSQL and MariaDB are the local servers (127.0.0.1, user postgres / root, no password);
 * SQLite is a file under target/. An unreachable server skips the test with a loud message, except
 * when CI=true, where it fails: CI must exercise all three backends.
 */
public final class TestDatabase implements AutoCloseable {

    public static final String PG_HOST = env("POSTGRESQL_HOST", "127.0.0.1");
    public static final int PG_PORT = Integer.parseInt(env("POSTGRESQL_PORT", "5432"));
    public static final String MYSQL_HOST = env("MYSQL_HOST", "127.0.0.1");
    public static final int MYSQL_PORT = Integer.parseInt(env("MYSQL_PORT", "3306"));

    private final DbType type;
    private final String name;
    private final DataSource dataSource;
    private final Path sqliteDir;
    private EntityManagerFactory emf;

    private TestDatabase(DbType type, String name, DataSource dataSource, Path sqliteDir) {
        this.type = type;
        this.name = name;
        this.dataSource = dataSource;
        this.sqliteDir = sqliteDir;
    }

    /** A fresh, empty database (PostgreSQL: in the public schema of a new database). */
    public static TestDatabase create(DbType type) {
        String name = "botstore_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            return switch (type) {
                case POSTGRESQL -> {
                    requireReachable(type, postgres("postgres", null));
                    execute(postgres("postgres", null), "CREATE DATABASE " + name);
                    yield new TestDatabase(type, name, postgres(name, null), null);
                }
                case MYSQL -> {
                    requireReachable(type, mysql(""));
                    execute(mysql(""), "CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                    yield new TestDatabase(type, name, mysql(name), null);
                }
                case SQLITE -> {
                    Path dir = Files.createDirectories(Path.of("target", "test-db", name)).toAbsolutePath();
                    yield new TestDatabase(type, name, sqlite(dir.resolve("messages.db")), dir);
                }
            };
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("could not create test database " + name, e);
        }
    }

    public DbType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** The application's persistence unit in Java SE mode, on this database. */
    public EntityManagerFactory emf() {
        if (emf == null) {
            Map<String, Object> props = new HashMap<>();
            props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
            props.put("jakarta.persistence.jtaDataSource", dataSource);
            props.put("jakarta.persistence.nonJtaDataSource", dataSource);
            props.put("eclipselink.target-server", "None");
            if (type == DbType.SQLITE) {
                props.put("eclipselink.target-database", SQLitePlatform.class.getName());
            }
            emf = Persistence.createEntityManagerFactory("botstore", props);
        }
        return emf;
    }

    public void execute(String sql) throws SQLException {
        execute(dataSource, sql);
    }

    /** A fresh database with the whole schema built by the schema sync, as the server builds it. */
    public static TestDatabase synced(DbType type) throws Exception {
        TestDatabase db = create(type);
        try (Connection c = db.connection()) {
            SchemaSync.run((AbstractSession) JpaHelper.getServerSession(db.emf()), c, db.name(), null);
        }
        return db;
    }

    /** Runs {@code work} in one resource-local transaction, committed when it returns. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf().createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public void close() throws Exception {
        if (emf != null) {
            emf.close();
        }
        switch (type) {
            case POSTGRESQL -> execute(postgres("postgres", null), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            case MYSQL -> execute(mysql(""), "DROP DATABASE IF EXISTS " + name);
            case SQLITE -> deleteTree(sqliteDir);
        }
    }

    public static DataSource postgres(String database, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {PG_HOST});
        ds.setPortNumbers(new int[] {PG_PORT});
        ds.setDatabaseName(database);
        ds.setUser("postgres");
        ds.setConnectTimeout(5);
        if (schema != null) {
            ds.setCurrentSchema('"' + schema + '"');
        }
        return ds;
    }

    public static DataSource mysql(String database) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setURL("jdbc:mysql://" + MYSQL_HOST + ":" + MYSQL_PORT + "/" + database
                + "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&sslMode=DISABLED"
                + "&allowPublicKeyRetrieval=true&connectTimeout=5000");
        ds.setUser("root");
        ds.setPassword("");
        return ds;
    }

    public static DataSource sqlite(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file + "?journal_mode=WAL&synchronous=NORMAL&foreign_keys=on&busy_timeout=30000");
        return ds;
    }

    /** Skips (locally) or fails (CI=true) when the server of {@code type} does not answer. */
    public static void requireReachable(DbType type, DataSource server) {
        try (Connection ignored = server.getConnection()) {
            return;
        } catch (SQLException e) {
            String message = "\n*** " + type.id() + " is not reachable (" + e.getMessage() + "): its tests are SKIPPED."
                    + "\n*** Start it (see the README) to run them; with CI=true this is a failure.\n";
            System.err.println(message);
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message);
            }
            Assumptions.abort(message);
        }
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
