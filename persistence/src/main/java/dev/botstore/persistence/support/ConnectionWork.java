package dev.botstore.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Table-level work (bulk deletes, counts, aggregates, streaming export and import, the rows API)
 * on one connection of a datasource, taken for the work and given back after it; an unexpected
 * database failure becomes an {@link IllegalStateException} naming the work and the database's
 * reason. Whether the connection is in a container transaction is the caller's choice.
 */
public final class ConnectionWork {

    private ConnectionWork() {
    }

    /** Statements on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    public static <T> T run(DataSource dataSource, String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** An unexpected database failure: a 500 carrying the database's reason. */
    public static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
}
