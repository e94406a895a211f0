package dev.botstore.persistence.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Creates what must exist before the persistence unit can log in: the PostgreSQL database (through
 * the maintenance database) and schema, the MySQL database in utf8mb4, or the SQLite file's
 * directory. Each step is idempotent; what it did is returned for the schema report.
 */
public final class DatabaseProvisioner {

    private static final Logger LOG = Logger.getLogger(DatabaseProvisioner.class.getName());

    private DatabaseProvisioner() {
    }

    /**
     * @param admin    non-transactional connection to the PostgreSQL maintenance database {@code postgres}
     * @param app      connection to the target database (whose {@code search_path} names the schema)
     */
    public static List<String> postgres(DataSource admin, DataSource app, String database, String schema)
            throws SQLException {
        List<String> done = new ArrayList<>();
        try (Connection c = admin.getConnection()) {
            c.setAutoCommit(true);
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + Identifiers.postgres(database));
                    done.add("created database " + database);
                } catch (SQLException e) {
                    // 42P04 duplicate_database: another server created it a moment ago
                    if (!"42P04".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
        try (Connection c = app.getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(true);
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                st.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.postgres(schema));
                done.add("created schema " + schema);
            }
        }
        done.forEach(LOG::info);
        return done;
    }

    /** @param server a connection to the MySQL server with no database selected */
    public static List<String> mysql(DataSource server, String database) throws SQLException {
        List<String> done = new ArrayList<>();
        try (Connection c = server.getConnection()) {
            c.setAutoCommit(true);
            boolean exists;
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM INFORMATION_SCHEMA.SCHEMATA WHERE SCHEMA_NAME = ?")) {
                ps.setString(1, database);
                try (ResultSet rs = ps.executeQuery()) {
                    exists = rs.next();
                }
            }
            if (!exists) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE IF NOT EXISTS " + Identifiers.mysql(database)
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
                done.add("created database " + database + " (utf8mb4)");
            }
        }
        done.forEach(LOG::info);
        return done;
    }

    /** SQLite creates the file itself, but not its directory. */
    public static List<String> sqlite(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || Files.isDirectory(dir)) {
            return List.of();
        }
        Files.createDirectories(dir);
        String done = "created directory " + dir;
        LOG.info(done);
        return List.of(done);
    }
}
