package dev.botstore.persistence.dialect;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.config.SQLiteDateTimes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * The SQL that differs between the backends, in one place, so that no store writes an
 * {@code if (MySQL)} of its own: identifier quoting, the upsert and insert-ignore clauses, paging,
 * locking reads, typed parameters and multi-row inserts that hand back their ids. PostgreSQL and
 * SQLite share {@code ON CONFLICT (...) DO UPDATE SET c = excluded.c}; MySQL/MariaDB say
 * {@code ON DUPLICATE KEY UPDATE c = VALUES(c)} (MariaDB has no row alias). One shared instance per
 * backend, resolved once from the backend or from the EntityManager's session.
 */
public final class SqlDialect {

    private static final Map<DbType, SqlDialect> BY_TYPE = new EnumMap<>(DbType.class);

    static {
        for (DbType type : DbType.values()) {
            BY_TYPE.put(type, new SqlDialect(type));
        }
    }

    private final DbType type;
    private final boolean mysql;

    private SqlDialect(DbType type) {
        this.type = type;
        this.mysql = type == DbType.MYSQL;
    }

    /** The dialect of {@code type}: one shared instance per backend. */
    public static SqlDialect of(DbType type) {
        return BY_TYPE.get(type);
    }

    /** The dialect of the backend an EclipseLink session talks to. */
    public static SqlDialect of(DatabasePlatform platform) {
        return of(DbType.of(platform));
    }

    /** The dialect of the backend behind {@code em} (an EclipseLink persistence context). */
    public static SqlDialect of(EntityManager em) {
        return of((DatabasePlatform) em.unwrap(Session.class).getDatasourcePlatform());
    }

    public DbType type() {
        return type;
    }

    /** A table or column name quoted for the backend (names like {@code timestamp} are keywords). */
    public String quote(String name) {
        return mysql ? "`" + name + "`" : "\"" + name + "\"";
    }

    /**
     * The clause that turns {@code INSERT INTO t (...) VALUES (...)} into one atomic upsert on the
     * unique key {@code conflict}: on a duplicate, the {@code changed} columns take the inserted
     * values and the others stay; with nothing to change the existing row is left as it is. Names
     * are used as given (quoted or not, as the caller writes its statement). MySQL matches any
     * unique key of the table, the others only {@code conflict}.
     */
    public String onConflict(List<String> conflict, List<String> changed) {
        if (changed.isEmpty()) {
            return mysql ? onConflictUpdate(conflict) + conflict.get(0) + " = " + conflict.get(0)
                    : " ON CONFLICT (" + String.join(", ", conflict) + ") DO NOTHING";
        }
        return onConflictUpdate(conflict)
                + changed.stream().map(c -> c + " = " + inserted(c)).collect(Collectors.joining(", "));
    }

    /** The start of an upsert's update branch on {@code conflict}; the caller's assignments follow. */
    public String onConflictUpdate(List<String> conflict) {
        return mysql ? " ON DUPLICATE KEY UPDATE " : " ON CONFLICT (" + String.join(", ", conflict) + ") DO UPDATE SET ";
    }

    /** Inside the update branch: the value the statement tried to insert into {@code column}. */
    public String inserted(String column) {
        return mysql ? "VALUES(" + column + ")" : "excluded." + column;
    }

    /**
     * Inside the update branch: the existing row's {@code column}. PostgreSQL and SQLite need the
     * table's name where {@code excluded} is in scope; MySQL reads the bare name.
     */
    public String existing(String table, String column) {
        return mysql ? column : table + "." + column;
    }

    /**
     * {@code insert} (an {@code INSERT INTO ...} statement) made to skip a row whose unique key
     * {@code conflict} exists. MySQL's {@code INSERT IGNORE} also turns other errors into warnings,
     * so the caller validates every value first.
     */
    public String insertUnlessExists(String insert, List<String> conflict) {
        return mysql ? insert.replaceFirst("INSERT", "INSERT IGNORE")
                : insert + " ON CONFLICT (" + String.join(", ", conflict) + ") DO NOTHING";
    }

    /**
     * {@code INSERT INTO table (columns) VALUES (marks)} that skips a row the table refuses: on
     * PostgreSQL a duplicate of any unique key, on MySQL and SQLite ({@code INSERT IGNORE},
     * {@code INSERT OR IGNORE}) any row that breaks a constraint. Names are used as given.
     */
    public String insertIgnoring(String table, String columns, String marks) {
        String values = table + " (" + columns + ") VALUES (" + marks + ")";
        return switch (type) {
            case POSTGRESQL -> "INSERT INTO " + values + " ON CONFLICT DO NOTHING";
            case MYSQL -> "INSERT IGNORE INTO " + values;
            case SQLITE -> "INSERT OR IGNORE INTO " + values;
        };
    }

    /** A page of a query's rows, appended after its {@code ORDER BY}. */
    public String page(int limit, int offset) {
        return limit(limit) + " OFFSET " + offset;
    }

    /** At most {@code limit} rows, appended after the query's {@code ORDER BY}. */
    public String limit(int limit) {
        return " LIMIT " + limit;
    }

    /**
     * The clause that locks the rows a {@code SELECT} reads until the transaction ends; empty on
     * SQLite, whose write transaction already admits a single writer.
     */
    public String forUpdate() {
        return type == DbType.SQLITE ? "" : " FOR UPDATE";
    }

    /**
     * A placeholder typed as {@code sqlType}: PostgreSQL types a null parameter as text, which a
     * boolean or float column refuses; the others take the bare placeholder.
     */
    public String typed(String parameter, String sqlType) {
        return type == DbType.POSTGRESQL ? "CAST(" + parameter + " AS " + sqlType + ")" : parameter;
    }

    /**
     * {@code RETURNING columns} after an INSERT, UPSERT or UPDATE, where the backend hands the written
     * row back in the same statement (PostgreSQL, SQLite); empty for MySQL, whose caller reads the
     * row again inside its transaction.
     */
    public String returning(String columns) {
        return returnsWrittenRows() ? " RETURNING " + columns : "";
    }

    public boolean returnsWrittenRows() {
        return !mysql;
    }

    /** A text column for ORDER BY and range comparisons in code-point order (PostgreSQL compares by collation). */
    public String codePointOrder(String column) {
        return type == DbType.POSTGRESQL ? column + " COLLATE \"C\"" : column;
    }

    /** The length of a text value in bytes (UTF-8). */
    public String byteLength(String expression) {
        return (mysql ? "LENGTH(" : "OCTET_LENGTH(") + expression + ")";
    }

    /**
     * Binds a UTC wall-clock date-time, or a typed null. SQLite gets the text the original's
     * SQLAlchemy writes (as EclipseLink's SQLite platform does), the others a timestamp.
     */
    public void setDateTime(PreparedStatement statement, int index, LocalDateTime time) throws SQLException {
        if (type == DbType.SQLITE && SQLiteDateTimes.bind(statement, index, time)) {
            return;
        }
        if (time == null) {
            statement.setNull(index, Types.TIMESTAMP);
        } else {
            statement.setTimestamp(index, Timestamp.valueOf(time));
        }
    }

    /**
     * An expiry time as the backend can keep it without ending early: MySQL's {@code DATETIME}
     * holds whole seconds and MariaDB drops the fraction, so there it is rounded up to the next
     * second; the others keep microseconds.
     */
    public LocalDateTime notBefore(LocalDateTime time) {
        if (!mysql || time == null || time.getNano() == 0) {
            return time;
        }
        return time.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
    }

    /** A date-time column as the wall-clock time it holds; null for SQL NULL. */
    public LocalDateTime getDateTime(ResultSet row, String column) throws SQLException {
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

    /**
     * The literal {@code false} as a boolean column holds it: {@code false} on PostgreSQL,
     * {@code FALSE} (0) on MySQL, {@code 0} on SQLite. Written into a statement rather than bound,
     * so the planner can match it to a partial index's condition.
     */
    public String falseLiteral() {
        return switch (type) {
            case POSTGRESQL -> "false";
            case MYSQL -> "FALSE";
            case SQLITE -> "0";
        };
    }

    /**
     * The most bind parameters one statement may carry: PostgreSQL's protocol counts them in 16
     * bits (65,535), as do MySQL's server-side prepared statements; SQLite allows 32,766 since 3.32
     * (the driver's build allows more, a build of the database's own default does not).
     */
    public int maxParameters() {
        return type == DbType.SQLITE ? 32_766 : 65_535;
    }

    /**
     * The most bytes of values one statement should carry. MySQL sends a statement as one packet
     * of at most {@code max_allowed_packet} (16 MiB on MariaDB by default, with quotes escaped);
     * PostgreSQL takes up to 1 GiB a message and SQLite binds values without copying them into
     * the SQL, so the bound there only keeps a statement's memory in proportion.
     */
    public long maxStatementBytes() {
        return mysql ? 4L * 1024 * 1024 : 64L * 1024 * 1024;
    }

    /**
     * {@code INSERT INTO table (columns) VALUES (?, ...), ...} of {@code rows} rows, prepared so
     * that {@link #insertedIds} hands back the ids the table's {@code id} column gives them.
     * PostgreSQL and SQLite (3.35 and later) answer {@code RETURNING id}; MySQL, which lacks it
     * (MariaDB has it, MySQL does not), reports its generated keys, which the driver derives from
     * the statement's first id. Names are used as given.
     */
    public PreparedStatement prepareInsertReturningIds(Connection connection, String table, List<String> columns,
                                                       int rows) throws SQLException {
        StringBuilder sql = new StringBuilder(32 + rows * (columns.size() * 3 + 4))
                .append("INSERT INTO ").append(table).append(" (").append(String.join(", ", columns))
                .append(") VALUES ");
        String row = "(?" + ", ?".repeat(columns.size() - 1) + ")";
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
        if (mysql) {
            return connection.prepareStatement(sql.toString(), Statement.RETURN_GENERATED_KEYS);
        }
        return connection.prepareStatement(sql.append(returning("id")).toString());
    }

    /**
     * Runs a statement of {@link #prepareInsertReturningIds} with its parameters bound: the new ids
     * in the order of its rows. One statement numbers its rows in the order of its VALUES, so the
     * ids sorted line up with the rows whatever order the database returns them in (SQLite
     * promises none): a sequence or rowid only grows, and MySQL gives a multi-row insert of known
     * size consecutive ids (steps of {@code auto_increment_increment}, which the driver applies).
     */
    public long[] insertedIds(PreparedStatement insert, int rows) throws SQLException {
        long[] ids = new long[rows];
        int n = 0;
        if (mysql) {
            insert.executeUpdate();
        }
        try (ResultSet keys = mysql ? insert.getGeneratedKeys() : insert.executeQuery()) {
            while (keys.next()) {
                if (n == rows) {
                    throw new SQLException("an insert of " + rows + " rows returned more ids");
                }
                ids[n++] = keys.getLong(1);
            }
        }
        if (n != rows) {
            throw new SQLException("an insert of " + rows + " rows returned " + n + " ids");
        }
        Arrays.sort(ids);
        return ids;
    }
}
