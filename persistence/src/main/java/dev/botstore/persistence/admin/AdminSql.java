package dev.botstore.persistence.admin;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Identifier quoting and connection state shared by the admin's table-level work. */
public final class AdminSql {

    private AdminSql() {
    }

    /** A table or column name quoted for the backend: {@link SqlDialect#quote}. */
    public static String quote(DbType type, String name) {
        return SqlDialect.of(type).quote(name);
    }

    /**
     * The rows the last statement on {@code st}'s connection changed itself. SQLite's driver reports
     * the rows its triggers wrote too (the message counters, {@code OwnCounters}); its
     * {@code changes()} leaves them out.
     */
    static long changed(Statement st, DbType type, int reported) throws SQLException {
        if (type != DbType.SQLITE) {
            return Math.max(0, reported);
        }
        try (ResultSet rs = st.executeQuery("SELECT changes()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String reason(SQLException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /**
     * What the database refused, for the caller: the kind of refusal from the SQLState, never the
     * driver's message, which quotes the SQL statement and the row's values. {@link #reason} is for
     * the log.
     */
    static String refusal(SQLException e) {
        for (Throwable t = e; t != null; t = t instanceof SQLException sql && sql.getNextException() != null
                ? sql.getNextException() : t.getCause()) {
            String state = t instanceof SQLException sql ? sql.getSQLState() : null;
            if (state != null && state.startsWith("23")) {
                return "a row breaks a constraint of its table (a required column missing or null, a key already"
                        + " taken, or a reference to a row that does not exist)";
            }
            if (state != null && state.startsWith("22")) {
                return "a value does not fit its column (too long, out of range, or of the wrong type)";
            }
        }
        return "the database refused a row (a required column missing, a value that does not fit its column, or a"
                + " key already taken)";
    }

    /** Rolls back what the connection did since its last commit, keeping the first failure. */
    static void rollback(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
