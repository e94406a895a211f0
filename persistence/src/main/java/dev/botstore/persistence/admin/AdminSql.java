package dev.botstore.persistence.admin;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;

/** Identifier quoting and connection state shared by the admin's table-level work. */
public final class AdminSql {

    private AdminSql() {
    }

    /** A table or column name quoted for the backend: {@link SqlDialect#quote}. */
    public static String quote(DbType type, String name) {
        return SqlDialect.quote(type, name);
    }

    static String reason(SQLException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
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
