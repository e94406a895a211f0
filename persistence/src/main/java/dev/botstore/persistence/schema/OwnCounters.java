package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Exact message counts kept by the database itself, so that the statistics need not count a
 * million rows and stay right whoever writes (Botstore, or the original plugin writing to an
 * adopted database directly). {@link #TABLE} holds, per counted table and group, the rows and the
 * unprocessed rows; triggers on the counted tables (INSERT, DELETE, UPDATE of the group or the
 * flag) keep it up to date. Everything here is named {@code bst_...}/{@code botstore_...}, so it
 * never collides with an object of the original, none of which is touched.
 *
 * <p>A group's counts are spread over {@link #SHARDS} rows, chosen by the writing connection, and
 * summed on read: concurrent writers into one group do not wait on one counter row until they
 * commit. PostgreSQL counts once per statement (transition tables), MariaDB/MySQL and SQLite once
 * per row. A NULL group is kept apart by {@code grouped = 0}, so that no group id is reserved.
 */
public final class OwnCounters {

    public static final String TABLE = "botstore_message_counts";
    public static final int SHARDS = 8;

    /** A counted table, and whether it has the processed flag. */
    public record Counted(String table, boolean flagged) {

        String trigger(String event) {
            return "bst_tr_" + table + "_" + event;
        }

        String function() {
            return "bst_fn_count_" + table;
        }
    }

    public static final List<Counted> COUNTED = List.of(new Counted("raw_messages", true),
            new Counted("filtered_messages", true), new Counted("bot_messages", false));

    static final List<String> EVENTS = List.of("insert", "delete", "update");

    private OwnCounters() {
    }

    /** Every trigger name the counters need. */
    public static List<String> triggerNames() {
        List<String> names = new ArrayList<>();
        for (Counted counted : COUNTED) {
            for (String event : EVENTS) {
                names.add(counted.trigger(event));
            }
        }
        return names;
    }

    /** The counter table; on MySQL its group id compares under {@code collation} like the counted one's. */
    static String createTable(DbType type, String collation) {
        String big = type == DbType.SQLITE ? "INTEGER" : "BIGINT";
        String group = "VARCHAR(255)" + (type == DbType.MYSQL && collation != null ? " COLLATE " + collation : "");
        return "CREATE TABLE IF NOT EXISTS " + TABLE + " (table_name VARCHAR(64) NOT NULL, grouped SMALLINT NOT NULL,"
                + " group_id " + group + " NOT NULL, shard SMALLINT NOT NULL, total " + big + " NOT NULL,"
                + " unprocessed " + big + " NOT NULL, PRIMARY KEY (table_name, grouped, group_id, shard))"
                + (type == DbType.MYSQL ? " ENGINE=InnoDB" : "");
    }

    /** The statements that (re)create the triggers of one counted table, dropping any earlier ones. */
    static List<String> triggers(DbType type, Counted counted) {
        List<String> ddl = dropTriggers(type, counted.table(), counted::trigger);
        switch (type) {
            case POSTGRESQL -> ddl.addAll(pgTriggers(counted.table(), pgFunction(counted), counted.function(), counted::trigger));
            case MYSQL -> {
                ddl.add("CREATE TRIGGER " + counted.trigger("insert") + " AFTER INSERT ON " + counted.table()
                        + " FOR EACH ROW " + mysqlBump(type, counted, "NEW", ""));
                ddl.add("CREATE TRIGGER " + counted.trigger("delete") + " AFTER DELETE ON " + counted.table()
                        + " FOR EACH ROW " + mysqlBump(type, counted, "OLD", "-"));
                String changed = "NOT (OLD.group_id <=> NEW.group_id)"
                        + (counted.flagged() ? " OR NOT (OLD.processed <=> NEW.processed)" : "");
                ddl.add("CREATE TRIGGER " + counted.trigger("update") + " AFTER UPDATE ON " + counted.table()
                        + " FOR EACH ROW BEGIN IF " + changed + " THEN " + mysqlBump(type, counted, "OLD", "-") + "; "
                        + mysqlBump(type, counted, "NEW", "") + "; END IF; END");
            }
            case SQLITE -> {
                ddl.add("CREATE TRIGGER " + counted.trigger("insert") + " AFTER INSERT ON " + counted.table()
                        + " BEGIN " + sqliteBump(type, counted, "NEW", "+") + " END");
                ddl.add("CREATE TRIGGER " + counted.trigger("delete") + " AFTER DELETE ON " + counted.table()
                        + " BEGIN " + sqliteBump(type, counted, "OLD", "-") + " END");
                ddl.add("CREATE TRIGGER " + counted.trigger("update") + " AFTER UPDATE OF group_id"
                        + (counted.flagged() ? ", processed" : "") + " ON " + counted.table()
                        + " BEGIN " + sqliteBump(type, counted, "OLD", "-") + " " + sqliteBump(type, counted, "NEW", "+")
                        + " END");
            }
        }
        return ddl;
    }

    /**
     * Sets the counters of one table from its rows (the caller holds the table against writers); the
     * rows are named by the table, which MySQL's LOCK TABLES requires (an alias would be another table).
     */
    static List<String> initialise(DbType type, Counted counted) {
        return List.of("DELETE FROM " + TABLE + " WHERE table_name = '" + counted.table() + "'",
                "INSERT INTO " + TABLE + " (table_name, grouped, group_id, shard, total, unprocessed)"
                        + " SELECT '" + counted.table() + "', " + grouped(counted.table()) + ", " + groupKey(counted.table())
                        + ", 0, COUNT(*), " + (counted.flagged() ? "SUM(" + unprocessed(type, counted.table()) + ")" : "0")
                        + " FROM " + counted.table() + " GROUP BY " + grouped(counted.table()) + ", "
                        + groupKey(counted.table()));
    }

    /** The rows [of a group] of a counted table, as a scalar sub-select. */
    public static String totalSql(String table, boolean ofGroup, String parameter) {
        return sum("total", table, ofGroup, parameter);
    }

    /** The unprocessed rows [of a group] of a counted table, as a scalar sub-select. */
    public static String unprocessedSql(String table, boolean ofGroup, String parameter) {
        return sum("unprocessed", table, ofGroup, parameter);
    }

    /** Whether the table is one that the counters count. */
    public static boolean counts(String table) {
        return COUNTED.stream().anyMatch(c -> c.table().equals(table));
    }

    private static String sum(String column, String table, boolean ofGroup, String parameter) {
        return "(SELECT COALESCE(SUM(" + column + "), 0) FROM " + TABLE + " WHERE table_name = '" + table + "'"
                + (ofGroup ? " AND grouped = 1 AND group_id = " + parameter : "") + ")";
    }

    static String grouped(String row) {
        return "CASE WHEN " + row + ".group_id IS NULL THEN 0 ELSE 1 END";
    }

    static String groupKey(String row) {
        return "COALESCE(" + row + ".group_id, '')";
    }

    private static String unprocessed(DbType type, String row) {
        return "CASE WHEN " + row + ".processed = " + SqlDialect.of(type).falseLiteral() + " THEN 1 ELSE 0 END";
    }

    private static String pgFunction(Counted counted) {
        String u = counted.flagged() ? unprocessed(DbType.POSTGRESQL, "r") : "0";
        String rows = "SELECT " + grouped("r") + " AS g, " + groupKey("r") + " AS k, %s AS n, %s AS u FROM %s r";
        String plus = String.format(rows, "1", u, "bst_new");
        String minus = String.format(rows, "-1", "-(" + u + ")", "bst_old");
        return pgFunction(counted.function(), changes -> pgUpsert(counted, changes), plus, minus);
    }

    /**
     * A PostgreSQL trigger function that applies {@code upsert} to the rows a statement changed: the
     * new rows ({@code plus}) on INSERT, the old ones ({@code minus}) on DELETE, both on UPDATE.
     */
    static String pgFunction(String name, UnaryOperator<String> upsert, String plus, String minus) {
        return "CREATE OR REPLACE FUNCTION " + name + "() RETURNS trigger LANGUAGE plpgsql AS $bst$\n"
                + "BEGIN\n"
                + "  IF TG_OP = 'INSERT' THEN\n    " + upsert.apply(plus) + ";\n"
                + "  ELSIF TG_OP = 'DELETE' THEN\n    " + upsert.apply(minus) + ";\n"
                + "  ELSE\n    " + upsert.apply(minus + " UNION ALL " + plus) + ";\n"
                + "  END IF;\n"
                + "  RETURN NULL;\n"
                + "END\n$bst$";
    }

    /** One upsert a group (in key order, so that two statements lock counter rows alike), net zero left out. */
    private static String pgUpsert(Counted counted, String changes) {
        return "INSERT INTO " + TABLE + " AS c (table_name, grouped, group_id, shard, total, unprocessed)"
                + " SELECT '" + counted.table() + "', d.g, d.k, pg_backend_pid() % " + SHARDS + ", SUM(d.n), SUM(d.u)"
                + " FROM (" + changes + ") d GROUP BY d.g, d.k HAVING SUM(d.n) <> 0 OR SUM(d.u) <> 0 ORDER BY d.g, d.k"
                + " ON CONFLICT (table_name, grouped, group_id, shard) DO UPDATE"
                + " SET total = c.total + EXCLUDED.total, unprocessed = c.unprocessed + EXCLUDED.unprocessed";
    }

    /** The statements that drop the triggers named by {@code trigger} (by event) of {@code table}, if there. */
    static List<String> dropTriggers(DbType type, String table, UnaryOperator<String> trigger) {
        List<String> ddl = new ArrayList<>();
        for (String event : EVENTS) {
            ddl.add("DROP TRIGGER IF EXISTS " + trigger.apply(event) + (type == DbType.POSTGRESQL ? " ON " + table : ""));
        }
        return ddl;
    }

    /** The function ({@code create}) and the statement-level triggers of {@code table} that call it. */
    static List<String> pgTriggers(String table, String create, String function, UnaryOperator<String> trigger) {
        String call = " FOR EACH STATEMENT EXECUTE FUNCTION " + function + "()";
        return List.of(create,
                "CREATE TRIGGER " + trigger.apply("insert") + " AFTER INSERT ON " + table
                        + " REFERENCING NEW TABLE AS bst_new" + call,
                "CREATE TRIGGER " + trigger.apply("delete") + " AFTER DELETE ON " + table
                        + " REFERENCING OLD TABLE AS bst_old" + call,
                // a trigger with transition tables cannot name columns: the function nets the change out
                "CREATE TRIGGER " + trigger.apply("update") + " AFTER UPDATE ON " + table
                        + " REFERENCING OLD TABLE AS bst_old NEW TABLE AS bst_new" + call);
    }

    private static String mysqlBump(DbType type, Counted counted, String row, String sign) {
        return "INSERT INTO " + TABLE + " (table_name, grouped, group_id, shard, total, unprocessed) VALUES ('"
                + counted.table() + "', " + grouped(row) + ", " + groupKey(row) + ", CONNECTION_ID() % " + SHARDS
                + ", " + sign + "1, " + (counted.flagged() ? sign + "(" + unprocessed(type, row) + ")" : "0") + ")"
                + " ON DUPLICATE KEY UPDATE total = total + VALUES(total), unprocessed = unprocessed + VALUES(unprocessed)";
    }

    private static String sqliteBump(DbType type, Counted counted, String row, String sign) {
        String key = "table_name = '" + counted.table() + "' AND grouped = " + grouped(row) + " AND group_id = "
                + groupKey(row) + " AND shard = 0";
        return "INSERT OR IGNORE INTO " + TABLE + " (table_name, grouped, group_id, shard, total, unprocessed) VALUES ('"
                + counted.table() + "', " + grouped(row) + ", " + groupKey(row) + ", 0, 0, 0); "
                + "UPDATE " + TABLE + " SET total = total " + sign + " 1"
                + (counted.flagged() ? ", unprocessed = unprocessed " + sign + " (" + unprocessed(type, row) + ")" : "")
                + " WHERE " + key + ";";
    }
}
