package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Raw messages counted by a finer key than the group, kept by the database beside the message
 * counts ({@link OwnCounters}) and in the same way (sharded rows, triggers of Botstore's own,
 * exact whoever writes), for the two hot reads that would otherwise count every message: the
 * groups for social analysis (messages and distinct senders a group, from the messages per group
 * and sender) and the metrics' trends (messages a local day, from the messages per UTC hour; a
 * day's edges that do not fall on a whole hour are counted from the rows).
 *
 * <p>A key left with no messages keeps a row of zero; the reads leave such rows out.
 */
public final class OwnBreakdowns {

    /** The length of an hour bucket, in the epoch seconds of {@code raw_messages.timestamp}. */
    public static final long HOUR = 3600;

    /** One key column: its name, its SQL type, and its value computed from a row named {@code row}. */
    record Key(String column, String sqlType, BiFunction<DbType, String, String> of, String collationOf) {
    }

    /** A breakdown of {@link #COUNTED}: its table, keys, and the counted columns its keys read. */
    public record Breakdown(String name, List<Key> keys, List<String> watched) {

        public String table() {
            return "botstore_" + name;
        }

        String trigger(String event) {
            return "bst_tr_" + name + "_" + event;
        }

        String function() {
            return "bst_fn_count_" + name;
        }

        private String columns() {
            return keys.stream().map(Key::column).collect(Collectors.joining(", "));
        }

        private String values(DbType type, String row) {
            return keys.stream().map(k -> k.of().apply(type, row)).collect(Collectors.joining(", "));
        }
    }

    /** The table counted. */
    public static final String COUNTED = "raw_messages";

    /** Messages a group (NULL apart, as in OwnCounters) and sender. */
    public static final Breakdown SENDERS = new Breakdown("raw_message_senders", List.of(
            new Key("grouped", "SMALLINT", (type, row) -> OwnCounters.grouped(row), null),
            new Key("group_id", "VARCHAR(255)", (type, row) -> OwnCounters.groupKey(row), "group_id"),
            new Key("sender_id", "VARCHAR(255)", (type, row) -> row + ".sender_id", "sender_id")),
            List.of("group_id", "sender_id"));

    /** Messages an hour: the key is the hour's first second, {@code timestamp} rounded down to {@link #HOUR}. */
    public static final Breakdown HOURS = new Breakdown("raw_message_hours", List.of(
            new Key("hour_start", "BIGINT", OwnBreakdowns::hourStart, null)), List.of("timestamp"));

    public static final List<Breakdown> ALL = List.of(SENDERS, HOURS);

    private OwnBreakdowns() {
    }

    /** Every trigger name the breakdowns need. */
    public static List<String> triggerNames() {
        List<String> names = new ArrayList<>();
        for (Breakdown breakdown : ALL) {
            for (String event : OwnCounters.EVENTS) {
                names.add(breakdown.trigger(event));
            }
        }
        return names;
    }

    /** The table of a breakdown; on MySQL a text key compares under {@code collations} of the counted column. */
    static String createTable(DbType type, Breakdown breakdown, Map<String, String> collations) {
        String big = type == DbType.SQLITE ? "INTEGER" : "BIGINT";
        StringBuilder sql = new StringBuilder("CREATE TABLE IF NOT EXISTS " + breakdown.table() + " (");
        for (Key key : breakdown.keys()) {
            String collation = key.collationOf() == null ? null : collations.get(key.collationOf());
            sql.append(key.column()).append(' ').append(key.sqlType())
                    .append(type == DbType.MYSQL && collation != null ? " COLLATE " + collation : "").append(" NOT NULL, ");
        }
        return sql.append("shard SMALLINT NOT NULL, total ").append(big).append(" NOT NULL, PRIMARY KEY (")
                .append(breakdown.columns()).append(", shard))")
                // SQLite: the rows in key order, so that a read in key order touches no other b-tree
                .append(type == DbType.MYSQL ? " ENGINE=InnoDB" : type == DbType.SQLITE ? " WITHOUT ROWID" : "")
                .toString();
    }

    /** The statements that (re)create the triggers of one breakdown, dropping any earlier ones. */
    static List<String> triggers(DbType type, Breakdown breakdown) {
        List<String> ddl = OwnCounters.dropTriggers(type, COUNTED, breakdown::trigger);
        switch (type) {
            case POSTGRESQL -> ddl.addAll(OwnCounters.pgTriggers(COUNTED, pgFunction(breakdown), breakdown.function(),
                    breakdown::trigger));
            case MYSQL -> {
                ddl.add("CREATE TRIGGER " + breakdown.trigger("insert") + " AFTER INSERT ON " + COUNTED
                        + " FOR EACH ROW " + mysqlBump(breakdown, "NEW", ""));
                ddl.add("CREATE TRIGGER " + breakdown.trigger("delete") + " AFTER DELETE ON " + COUNTED
                        + " FOR EACH ROW " + mysqlBump(breakdown, "OLD", "-"));
                String changed = breakdown.watched().stream().map(c -> SqlDialect.of(type).quote(c))
                        .map(c -> "NOT (OLD." + c + " <=> NEW." + c + ")").collect(Collectors.joining(" OR "));
                ddl.add("CREATE TRIGGER " + breakdown.trigger("update") + " AFTER UPDATE ON " + COUNTED
                        + " FOR EACH ROW BEGIN IF " + changed + " THEN " + mysqlBump(breakdown, "OLD", "-") + "; "
                        + mysqlBump(breakdown, "NEW", "") + "; END IF; END");
            }
            case SQLITE -> {
                ddl.add("CREATE TRIGGER " + breakdown.trigger("insert") + " AFTER INSERT ON " + COUNTED
                        + " BEGIN " + sqliteBump(breakdown, "NEW", "+") + " END");
                ddl.add("CREATE TRIGGER " + breakdown.trigger("delete") + " AFTER DELETE ON " + COUNTED
                        + " BEGIN " + sqliteBump(breakdown, "OLD", "-") + " END");
                ddl.add("CREATE TRIGGER " + breakdown.trigger("update") + " AFTER UPDATE OF "
                        + breakdown.watched().stream().map(c -> SqlDialect.of(type).quote(c)).collect(Collectors.joining(", "))
                        + " ON " + COUNTED + " BEGIN " + sqliteBump(breakdown, "OLD", "-") + " "
                        + sqliteBump(breakdown, "NEW", "+") + " END");
            }
        }
        return ddl;
    }

    /** Sets a breakdown from the rows (the caller holds the counted table against writers). */
    static List<String> initialise(DbType type, Breakdown breakdown) {
        String keys = breakdown.values(type, COUNTED);
        return List.of("DELETE FROM " + breakdown.table(),
                "INSERT INTO " + breakdown.table() + " (" + breakdown.columns() + ", shard, total) SELECT " + keys
                        + ", 0, COUNT(*) FROM " + COUNTED + " GROUP BY " + keys);
    }

    /**
     * The messages with {@code from <= timestamp < to} (both whole hours) as a scalar sub-select
     * with two parameters, from {@link #HOURS}.
     */
    public static String hoursSql() {
        return "(SELECT COALESCE(SUM(total), 0) FROM " + HOURS.table() + " WHERE hour_start >= ? AND hour_start < ?)";
    }

    /**
     * Messages and distinct senders a group, most messages first (equal counts by group id, a NULL
     * group ordered as the backend orders NULL), from {@link #SENDERS}: the figures of
     * {@code SELECT group_id, COUNT(*), COUNT(DISTINCT sender_id) FROM raw_messages GROUP BY group_id}.
     * A sender is a member while its shards sum to more than zero; SQLite's counters have one
     * shard (one writer at a time), so there each row is a sender and one pass counts them.
     */
    public static String groupsSql(DbType type) {
        String group = "CASE WHEN s.grouped = 0 THEN NULL ELSE s.group_id END AS grp";
        String senders = type == DbType.SQLITE
                ? SENDERS.table() + " s WHERE s.total > 0"
                : "(SELECT grouped, group_id, sender_id, SUM(total) AS messages FROM " + SENDERS.table()
                        + " GROUP BY grouped, group_id, sender_id HAVING SUM(total) > 0) s";
        return "SELECT " + group + ", SUM(s." + (type == DbType.SQLITE ? "total" : "messages") + ") AS n,"
                + " COUNT(*) AS members FROM " + senders
                + " GROUP BY s.grouped, s.group_id ORDER BY n DESC, grp";
    }

    /**
     * The first second of the hour of {@code row.timestamp}, rounded down also before 1970: the
     * remainder of {@code %} takes the dividend's sign on every backend, so it is made positive.
     */
    private static String hourStart(DbType type, String row) {
        String ts = row + "." + SqlDialect.of(type).quote("timestamp");
        return "(" + ts + " - ((" + ts + " % " + HOUR + ") + " + HOUR + ") % " + HOUR + ")";
    }

    private static String pgFunction(Breakdown breakdown) {
        String plus = "SELECT " + keysAs(breakdown, "r") + ", 1 AS n FROM bst_new r";
        String minus = "SELECT " + keysAs(breakdown, "r") + ", -1 AS n FROM bst_old r";
        return OwnCounters.pgFunction(breakdown.function(), changes -> pgUpsert(breakdown, changes), plus, minus);
    }

    private static String keysAs(Breakdown breakdown, String row) {
        return breakdown.keys().stream().map(k -> k.of().apply(DbType.POSTGRESQL, row) + " AS " + k.column())
                .collect(Collectors.joining(", "));
    }

    /** One upsert a key (in key order, so that two statements lock counter rows alike), net zero left out. */
    private static String pgUpsert(Breakdown breakdown, String changes) {
        String keys = breakdown.keys().stream().map(k -> "d." + k.column()).collect(Collectors.joining(", "));
        return "INSERT INTO " + breakdown.table() + " AS c (" + breakdown.columns() + ", shard, total) SELECT " + keys
                + ", pg_backend_pid() % " + OwnCounters.SHARDS + ", SUM(d.n) FROM (" + changes + ") d GROUP BY " + keys
                + " HAVING SUM(d.n) <> 0 ORDER BY " + keys + " ON CONFLICT (" + breakdown.columns()
                + ", shard) DO UPDATE SET total = c.total + EXCLUDED.total";
    }

    private static String mysqlBump(Breakdown breakdown, String row, String sign) {
        return "INSERT INTO " + breakdown.table() + " (" + breakdown.columns() + ", shard, total) VALUES ("
                + breakdown.values(DbType.MYSQL, row) + ", CONNECTION_ID() % " + OwnCounters.SHARDS + ", " + sign + "1)"
                + " ON DUPLICATE KEY UPDATE total = total + VALUES(total)";
    }

    private static String sqliteBump(Breakdown breakdown, String row, String sign) {
        String key = breakdown.keys().stream().map(k -> k.column() + " = " + k.of().apply(DbType.SQLITE, row))
                .collect(Collectors.joining(" AND "));
        return "INSERT OR IGNORE INTO " + breakdown.table() + " (" + breakdown.columns() + ", shard, total) VALUES ("
                + breakdown.values(DbType.SQLITE, row) + ", 0, 0); "
                + "UPDATE " + breakdown.table() + " SET total = total " + sign + " 1 WHERE " + key + " AND shard = 0;";
    }
}
