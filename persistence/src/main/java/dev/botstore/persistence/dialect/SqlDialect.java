package dev.botstore.persistence.dialect;

import dev.botstore.persistence.config.DbType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL that differs between the backends, in one place: identifier quoting and the upsert
 * clause. PostgreSQL and SQLite share {@code ON CONFLICT (...) DO UPDATE SET c = excluded.c};
 * MySQL/MariaDB say {@code ON DUPLICATE KEY UPDATE c = VALUES(c)} (MariaDB has no row alias).
 */
public final class SqlDialect {

    private SqlDialect() {
    }

    /** A table or column name quoted for the backend (names like {@code timestamp} are keywords). */
    public static String quote(DbType type, String name) {
        return type == DbType.MYSQL ? "`" + name + "`" : "\"" + name + "\"";
    }

    /**
     * The clause that turns {@code INSERT INTO t (...) VALUES (...)} into one atomic upsert on the
     * unique key {@code conflict}: on a duplicate, the {@code changed} columns take the inserted
     * values and the others stay; with nothing to change the existing row is left as it is. Names
     * are used as given (quoted or not, as the caller writes its statement). MySQL matches any
     * unique key of the table, the others only {@code conflict}.
     */
    public static String onConflict(DbType type, List<String> conflict, List<String> changed) {
        if (changed.isEmpty()) {
            return type == DbType.MYSQL ? onConflictUpdate(type, conflict) + conflict.get(0) + " = " + conflict.get(0)
                    : " ON CONFLICT (" + String.join(", ", conflict) + ") DO NOTHING";
        }
        return onConflictUpdate(type, conflict)
                + changed.stream().map(c -> c + " = " + inserted(type, c)).collect(Collectors.joining(", "));
    }

    /** The start of an upsert's update branch on {@code conflict}; the caller's assignments follow. */
    public static String onConflictUpdate(DbType type, List<String> conflict) {
        return type == DbType.MYSQL ? " ON DUPLICATE KEY UPDATE "
                : " ON CONFLICT (" + String.join(", ", conflict) + ") DO UPDATE SET ";
    }

    /** Inside the update branch: the value the statement tried to insert into {@code column}. */
    public static String inserted(DbType type, String column) {
        return type == DbType.MYSQL ? "VALUES(" + column + ")" : "excluded." + column;
    }

    /**
     * The literal {@code false} as a boolean column holds it: {@code false} on PostgreSQL,
     * {@code FALSE} (0) on MySQL, {@code 0} on SQLite. Written into a statement rather than bound,
     * so the planner can match it to a partial index's condition.
     */
    public static String falseLiteral(DbType type) {
        return switch (type) {
            case POSTGRESQL -> "false";
            case MYSQL -> "FALSE";
            case SQLITE -> "0";
        };
    }
}
