package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A database-wide lock held while the schema is synced, so that servers starting together
 * against one database build the schema once: a PostgreSQL advisory lock, MySQL's
 * {@code GET_LOCK}, or SQLite's write lock ({@code BEGIN IMMEDIATE}).
 *
 * <p>On PostgreSQL and SQLite the sync also runs as one transaction inside the lock: a new
 * database's three hundred statements then cost one commit (one flush to disk) instead of one each,
 * and another server sees the schema whole or not at all. MySQL commits every DDL statement
 * by itself, whatever the connection does.
 */
final class SchemaLock implements AutoCloseable {

    /** Arbitrary but fixed: "botstore" folded into a bigint key for pg_advisory_lock. */
    private static final long PG_KEY = 0x626f7473746f7265L;
    private static final int MYSQL_WAIT_SECONDS = 300;

    private final DbType type;
    private final Connection connection;
    private final String mysqlName;

    private SchemaLock(DbType type, Connection connection, String mysqlName) {
        this.type = type;
        this.connection = connection;
        this.mysqlName = mysqlName;
    }

    static SchemaLock acquire(DbType type, Connection connection) throws SQLException {
        switch (type) {
            case POSTGRESQL -> {
                // the lock before the transaction: a sync that waited then reads what the other committed
                execute(connection, "SELECT pg_advisory_lock(" + PG_KEY + ")");
                execute(connection, "BEGIN");
            }
            case MYSQL -> {
                // GET_LOCK is server-wide: name the lock after the database so others are not blocked
                String name = ("botstore.schema." + connection.getCatalog());
                name = name.length() > 64 ? name.substring(0, 64) : name;
                try (PreparedStatement ps = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                    ps.setString(1, name);
                    ps.setInt(2, MYSQL_WAIT_SECONDS);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next() || rs.getInt(1) != 1) {
                            throw new SQLException("could not take the schema lock '" + name + "' within "
                                    + MYSQL_WAIT_SECONDS + " s");
                        }
                    }
                }
                return new SchemaLock(type, connection, name);
            }
            case SQLITE -> execute(connection, "BEGIN IMMEDIATE");
        }
        return new SchemaLock(type, connection, null);
    }

    @Override
    public void close() throws SQLException {
        switch (type) {
            case POSTGRESQL -> {
                try {
                    execute(connection, "COMMIT");
                } finally {
                    execute(connection, "SELECT pg_advisory_unlock(" + PG_KEY + ")");
                }
            }
            case MYSQL -> {
                try (PreparedStatement ps = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                    ps.setString(1, mysqlName);
                    ps.executeQuery().close();
                }
            }
            case SQLITE -> execute(connection, "COMMIT");
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
