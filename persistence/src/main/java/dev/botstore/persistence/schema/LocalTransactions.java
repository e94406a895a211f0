package dev.botstore.persistence.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * How a step of the schema sync ends the local transaction or savepoint it opened, kept or undone,
 * in one place for every step that opens one (the data fix-ups, the message counters): a
 * transaction is committed or rolled back and the connection goes back to autocommit, whatever
 * the outcome; a savepoint is rolled back to when undone, and released either way.
 */
final class LocalTransactions {

    private LocalTransactions() {
    }

    /** Commits ({@code keep}) or rolls back the connection's transaction, then restores autocommit. */
    static void end(Connection connection, boolean keep) throws SQLException {
        try {
            if (keep) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Keeps or undoes what was done since {@code SAVEPOINT name}, and releases the savepoint. */
    static void endSavepoint(Connection connection, String name, boolean keep) throws SQLException {
        try (Statement st = connection.createStatement()) {
            if (!keep) {
                st.execute("ROLLBACK TO " + name);
            }
            st.execute("RELEASE " + name);
        }
    }
}
