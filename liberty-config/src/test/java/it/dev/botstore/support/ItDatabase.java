package it.dev.botstore.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * One Failsafe execution = one backend and one scenario, with a database of its own: before the
 * test server starts, this points it (through a configDropins override) at a database name that
 * does not exist yet, which the server must create; when the run ends, the database is dropped.
 *
 * <p>Scenarios (system property {@code it.scenario}): {@code normal}; {@code late}, where PostgreSQL
 * is reached through a proxy that is closed when the server starts; {@code fallback}, the same with
 * {@code db_fallback_sqlite=true}; {@code misconfigured}.
 */
public final class ItDatabase implements LauncherSessionListener {

    public static final String PG = "127.0.0.1";
    public static final String MYSQL = "127.0.0.1";

    private static String backend;
    private static String scenario;
    private static String name;
    private static int proxyPort;
    private static Path sqliteDir;
    private static String unreachable;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("it.server.dir") == null) {
            return; // a unit-test run (Surefire): no server, no database
        }
        backend = String.valueOf(System.getenv("DB_TYPE")).strip().toLowerCase(Locale.ROOT);
        scenario = System.getProperty("it.scenario", "normal");
        name = "botstore_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        StringBuilder vars = new StringBuilder();
        switch (backend) {
            case "postgresql" -> {
                unreachable = reachability("jdbc:postgresql://" + PG + ":5432/postgres", "postgres");
                vars.append(variable("postgresql_host", PG)).append(variable("postgresql_database", name));
                if (scenario.equals("late") || scenario.equals("fallback")) {
                    // nothing listens there until a test opens a proxy
                    proxyPort = Integer.getInteger("it.proxy.port", freePort());
                    vars.append(variable("postgresql_port", Integer.toString(proxyPort)));
                }
                if (scenario.equals("fallback")) {
                    sqliteDir = Path.of("target", "it-data", name).toAbsolutePath();
                    vars.append(variable("db_fallback_sqlite", "true")).append(variable("data_dir", sqliteDir.toString()));
                } else if (!scenario.equals("late")) {
                    vars.append(variable("postgresql_schema", "bots"));
                }
            }
            case "mysql" -> {
                unreachable = reachability("jdbc:mysql://" + MYSQL + ":3306/?sslMode=DISABLED", "root");
                vars.append(variable("mysql_host", MYSQL)).append(variable("mysql_database", name));
            }
            case "sqlite" -> {
                sqliteDir = Path.of("target", "it-data", name).toAbsolutePath();
                vars.append(variable("data_dir", sqliteDir.toString()));
            }
            default -> { } // misconfigured: nothing to point anywhere
        }
        write(overrides(), "<server>\n" + vars + "</server>\n");
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (backend == null) {
            return;
        }
        try {
            switch (backend) {
                case "postgresql" -> {
                    execute("jdbc:postgresql://" + PG + ":5432/postgres", "postgres",
                            "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                    deleteTree(sqliteDir);
                }
                case "mysql" -> execute("jdbc:mysql://" + MYSQL + ":3306/?sslMode=DISABLED", "root",
                        "DROP DATABASE IF EXISTS " + name);
                case "sqlite" -> deleteTree(sqliteDir);
                default -> { }
            }
            Files.deleteIfExists(overrides());
        } catch (Exception e) {
            System.err.println("could not drop test database " + name + ": " + e);
        }
    }

    /** Skips the calling test class (locally) or fails it (CI=true) when its database server is down. */
    public static void require() {
        if (unreachable == null) {
            return;
        }
        Prerequisites.missing(backend + " is not reachable (" + unreachable + "): these tests are SKIPPED."
                + "\nStart it (see the README) to run them.");
    }

    public static String backend() {
        return backend;
    }

    public static String name() {
        return name;
    }

    public static int proxyPort() {
        return proxyPort;
    }

    public static Path sqliteDir() {
        return sqliteDir;
    }

    public static Path serverDir() {
        return Path.of(System.getProperty("it.server.dir"));
    }

    /** A connection to the test database; on PostgreSQL its search path is the schema the server uses. */
    public static Connection connect(String database) throws SQLException {
        return switch (backend) {
            case "postgresql" -> DriverManager.getConnection("jdbc:postgresql://" + PG + ":5432/" + database
                    + (scenario.equals("normal") ? "?currentSchema=bots" : ""), "postgres", "");
            case "mysql" -> DriverManager.getConnection("jdbc:mysql://" + MYSQL + ":3306/" + database
                    + "?sslMode=DISABLED", "root", "");
            default -> DriverManager.getConnection("jdbc:sqlite:" + sqliteDir.resolve("messages.db"));
        };
    }

    private static Path overrides() {
        return serverDir().resolve("configDropins").resolve("overrides").resolve("it-database.xml");
    }

    private static String variable(String key, String value) {
        return "  <variable name=\"" + key + "\" value=\"" + value + "\"/>\n";
    }

    private static String reachability(String url, String user) {
        try (Connection ignored = DriverManager.getConnection(url, user, "")) {
            return null;
        } catch (SQLException e) {
            return e.getMessage();
        }
    }

    private static void execute(String url, String user, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, ""); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
