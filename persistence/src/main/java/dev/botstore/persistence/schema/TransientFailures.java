package dev.botstore.persistence.schema;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Classifies database failures. A transient one (deadlock, lock wait, serialization failure, SQLite
 * busy) is worth retrying the whole transaction; a connection failure means the database is gone.
 */
public final class TransientFailures {

    /** Attempts at one transaction that meets transient failures, the first included. */
    public static final int MAX_ATTEMPTS = 8;

    /** 40001 serialization failure, 40P01 PostgreSQL deadlock, 41000 MySQL lock wait timeout. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "41000");
    /** MySQL/MariaDB: 1213 deadlock, 1205 lock wait timeout. SQLite: 5 busy, 6 locked. */
    private static final Set<Integer> MYSQL_CODES = Set.of(1213, 1205);

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        if (isConnectionLoss(failure)) {
            return false; // retrying a database that went silent would hold the caller for several timeouts
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && TRANSIENT_STATES.contains(state)) {
                    return true;
                }
                if (MYSQL_CODES.contains(sql.getErrorCode())) {
                    return true;
                }
                String message = String.valueOf(sql.getMessage());
                if (message.contains("SQLITE_BUSY") || message.contains("SQLITE_LOCKED")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /** True when the failure says the database cannot be reached at all (SQLState class 08). */
    public static boolean isConnectionLoss(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.net.ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
