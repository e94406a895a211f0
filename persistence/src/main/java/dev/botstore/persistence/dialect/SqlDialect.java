package dev.botstore.persistence.dialect;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.config.SQLiteDateTimes;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
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
     * {@code RETURNING columns} after an INSERT, UPSERT or UPDATE, where the backend hands the written
     * row back in the same statement (PostgreSQL, SQLite); empty for MySQL, whose caller reads the
     * row again inside its transaction.
     */
    public static String returning(DbType type, String columns) {
        return returnsWrittenRows(type) ? " RETURNING " + columns : "";
    }

    public static boolean returnsWrittenRows(DbType type) {
        return type != DbType.MYSQL;
    }

    /** A text column for ORDER BY and range comparisons in code-point order (PostgreSQL compares by collation). */
    public static String codePointOrder(DbType type, String column) {
        return type == DbType.POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }

    /** The length of a text value in bytes (UTF-8). */
    public static String byteLength(DbType type, String expression) {
        return (type == DbType.MYSQL ? "LENGTH(" : "OCTET_LENGTH(") + expression + ")";
    }

    /**
     * Binds a UTC wall-clock date-time, or a typed null. SQLite gets the text the original's
     * SQLAlchemy writes (as EclipseLink's SQLite platform does), the others a timestamp.
     */
    public static void setDateTime(DbType type, PreparedStatement statement, int index, LocalDateTime time)
            throws SQLException {
        if (type == DbType.SQLITE) {
            statement.setString(index, time == null ? null : SQLiteDateTimes.format(time));
        } else if (time == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.valueOf(time));
        }
    }

    /** A date-time column as the wall-clock time it holds; null for SQL NULL. */
    public static LocalDateTime getDateTime(DbType type, ResultSet row, String column) throws SQLException {
        if (type == DbType.SQLITE) {
            Object parsed = SQLiteDateTimes.parse(row.getString(column));
            if (parsed == null || parsed instanceof Timestamp) {
                return parsed == null ? null : ((Timestamp) parsed).toLocalDateTime();
            }
            throw new IllegalStateException("column " + column + " holds '" + parsed + "', which is no date-time");
        }
        Timestamp time = row.getTimestamp(column);
        return time == null ? null : time.toLocalDateTime();
    }
}
