package dev.botstore.persistence.bench;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.message.MessageReads;
import dev.botstore.persistence.metrics.MetricsQueries;
import dev.botstore.persistence.schema.OwnIndexes;
import dev.botstore.persistence.schema.SchemaSync;
import dev.botstore.persistence.support.TestDatabase;
import dev.botstore.persistence.support.UpstreamFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * The hot-read benchmark (bench/hot-reads/run.sh): builds a database of the original's schema,
 * seeds it (1,000,000 raw messages by default), runs the schema sync, which adds Botstore's own
 * indexes and counters (OwnCounters, OwnBreakdowns), then times each of the learning pipeline's hot
 * reads as it was (the statements of before, with the own indexes hidden) and as the server now
 * issues it, alternately. Prints one Markdown table: the median wall-clock time of each read (all
 * its statements, over JDBC) and the ratio.
 *
 * <p>A main, not a test: figures are printed, never asserted. The database is dropped at the end.
 */
public final class HotReadsBench {

    private static final String GROUP = "group_0";
    private static final int PAGE = 100;

    private final DbType type;
    private final int rows;
    private final int reps;
    private final long now = System.currentTimeMillis() / 1000;
    /** With -Dhot.reads.explain=true, each statement's plan is printed once before it is timed. */
    private final boolean explain = Boolean.getBoolean("hot.reads.explain");
    private boolean explaining;

    private HotReadsBench(DbType type, int rows, int reps) {
        this.type = type;
        this.rows = rows;
        this.reps = reps;
    }

    /** Arguments: backend (postgresql, mysql, sqlite), raw messages (a multiple of 100,000), repetitions. */
    public static void main(String[] args) throws Exception {
        DbType type = DbType.normalise(args.length > 0 ? args[0] : "postgresql").orElseThrow();
        int rows = args.length > 1 ? Integer.parseInt(args[1].replace("_", "").replace(",", "")) : 1_000_000;
        int reps = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        if (rows <= 0 || rows % 100_000 != 0) {
            throw new IllegalArgumentException("rows must be a positive multiple of 100,000");
        }
        new HotReadsBench(type, rows, reps).run();
    }

    private void run() throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            UpstreamFixture.load(db);
            long started = System.nanoTime();
            try (Connection c = db.connection()) {
                new BenchSeed(type, rows, now).seed(c);
            }
            log("seeded " + rows + " raw messages in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            started = System.nanoTime();
            try (Connection c = db.connection()) {
                AbstractSession session = (AbstractSession) JpaHelper.getServerSession(db.emf());
                int actions = SchemaSync.run(session, c, db.name(), null).actions().size();
                log("schema sync: " + actions + " action(s) in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                analyze(c);
            }
            Map<String, Double> before = new LinkedHashMap<>();
            Map<String, Double> after = new LinkedHashMap<>();
            try (Connection c = db.connection()) {
                time(c, reads(c, false), reads(c, true), before, after);
            }
            System.out.println("| read | backend | raw messages | before ms | after ms | ratio |");
            System.out.println("|---|---|---|---|---|---|");
            before.forEach((read, ms) -> System.out.printf("| %s | %s | %,d | %.1f | %.1f | %.1f× |%n",
                    read, type.id(), rows, ms, after.get(read), ms / after.get(read)));
        }
    }

    /** Each read as it was ({@code now == false}) or as the server issues it now. */
    private Map<String, Read> reads(Connection c, boolean current) {
        String ts = SqlDialect.of(type).quote("timestamp");
        Map<String, Read> reads = new LinkedHashMap<>();
        reads.put("unprocessed messages of a group (100)", current
                ? () -> query(c, MessageReads.unprocessedSql(type, true) + page(), GROUP)
                : () -> query(c, "SELECT * FROM raw_messages WHERE group_id = ? AND processed = ? ORDER BY " + ts
                        + ", id" + page(), GROUP, false));
        reads.put("unprocessed messages, all groups (100)", current
                ? () -> query(c, MessageReads.unprocessedSql(type, false) + page())
                : () -> query(c, "SELECT * FROM raw_messages WHERE processed = ? ORDER BY " + ts + ", id" + page(), false));
        reads.put("filtered messages for learning (100)", current
                ? () -> query(c, MessageReads.filteredForLearningSql(type) + page())
                : () -> query(c, "SELECT * FROM filtered_messages WHERE processed = ? ORDER BY " + ts + ", id" + page(),
                        false));
        reads.put("group message statistics", current
                ? () -> query(c, MessageReads.groupCountsSql(), GROUP, GROUP, GROUP)
                : () -> query(c, "SELECT COUNT(*) FROM raw_messages WHERE group_id = ?", GROUP)
                        + query(c, "SELECT COUNT(*) FROM raw_messages WHERE group_id = ? AND processed = ?", GROUP, false)
                        + query(c, "SELECT COUNT(*) FROM filtered_messages WHERE group_id = ?", GROUP));
        reads.put("message statistics, all groups", current
                ? () -> query(c, MessageReads.totalsSql())
                : () -> query(c, "SELECT COUNT(*) FROM raw_messages") + query(c, "SELECT COUNT(*) FROM filtered_messages")
                        + query(c, "SELECT COUNT(*) FROM bot_messages"));
        reads.put("metrics: group statistics", current
                ? () -> new MetricsQueries(c, type).groupStatistics(GROUP).rawMessages()
                : () -> counts(c, GROUP, "raw_messages", "filtered_messages", "persona_update_reviews",
                        "style_learning_reviews"));
        reads.put("metrics: statistics, all groups", current
                ? () -> new MetricsQueries(c, type).groupStatistics(null).rawMessages()
                : () -> counts(c, null, "raw_messages", "filtered_messages", "persona_update_reviews",
                        "style_learning_reviews"));
        reads.put("metrics: detailed, all groups", current
                ? () -> new MetricsQueries(c, type).detailedMetrics(null).messages().raw()
                : () -> counts(c, null, "raw_messages", "filtered_messages", "bot_messages", "persona_update_reviews",
                        "style_learning_reviews", "learning_batches", "style_learning_patterns"));
        reads.put("metrics: trends (7 days)", current
                ? () -> new MetricsQueries(c, type).dailyMessages(now, 7, ZoneOffset.UTC).size()
                : () -> dailyFromRows(c, ts));
        reads.put("senders of a group (top 20)", () -> query(c, jdbc(MessageReads.sendersSql(type)) + " LIMIT 20",
                GROUP, GROUP));
        reads.put("groups for social analysis (50)", current
                ? () -> query(c, MessageReads.groupsSql(type) + " LIMIT 50 OFFSET 0")
                : () -> query(c, "SELECT group_id, COUNT(*) AS n, COUNT(DISTINCT sender_id) AS members"
                        + " FROM raw_messages GROUP BY group_id ORDER BY n DESC, group_id LIMIT 50 OFFSET 0"));
        reads.put("recent messages of a group (100)", () -> query(c, "SELECT * FROM raw_messages WHERE group_id = ?"
                + " ORDER BY " + ts + " DESC, id DESC" + page(), GROUP));
        reads.put("messages of a group in a time range (100)", () -> query(c, "SELECT * FROM raw_messages"
                + " WHERE group_id = ? AND " + ts + " >= ? AND " + ts + " <= ? ORDER BY " + ts + ", id" + page(),
                GROUP, now - 2 * 86400L, now - 86400L));
        reads.put("messages of a group for replay (100)", current
                ? () -> query(c, MessageReads.replaySql(type, PAGE, 0), GROUP, now - 7 * 86400L, true)
                : () -> query(c, "SELECT * FROM raw_messages WHERE group_id = ? AND " + ts + " > ? AND processed = ?"
                        + " ORDER BY " + ts + " DESC, id DESC" + page(), GROUP, now - 7 * 86400L, true));
        reads.put("recent bot responses of a group (100)", () -> query(c, "SELECT message FROM bot_messages"
                + " WHERE group_id = ? ORDER BY " + ts + " DESC, id DESC" + page(), "group_1"));
        return reads;
    }

    /**
     * The trends' daily counts as they were counted before the hour counters: one
     * {@code SUM(CASE ...)} a UTC day over the rows of the 7-day window.
     */
    private long dailyFromRows(Connection c, String ts) throws SQLException {
        long cutoff = now - 7 * 86400L;
        List<Object> bounds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (long day = Math.floorDiv(cutoff, 86400L) * 86400L; day <= now; day += 86400L) {
            sql.append(bounds.isEmpty() ? "" : ", ").append("SUM(CASE WHEN ").append(ts).append(" >= ? AND ").append(ts)
                    .append(" < ? THEN 1 ELSE 0 END)");
            bounds.add(Math.max(cutoff, day));
            bounds.add(day + 86400L);
        }
        bounds.add(cutoff);
        bounds.add(bounds.get(bounds.size() - 2));
        return query(c, sql + " FROM raw_messages WHERE " + ts + " >= ? AND " + ts + " < ?", bounds.toArray());
    }

    /** One read: all its statements; returns a number derived from the answer so nothing is skipped. */
    private interface Read {
        long run() throws SQLException;
    }

    /**
     * Each read before and after, alternately, so that the load of the machine (shared with other
     * builds) weighs on both alike: a warm-up of each, then {@code reps} pairs; the medians, in ms.
     * "Before" runs with Botstore's own indexes hidden from the planner ({@link #hide}).
     */
    private void time(Connection c, Map<String, Read> old, Map<String, Read> current, Map<String, Double> before,
                      Map<String, Double> after) throws SQLException {
        for (String read : old.keySet()) {
            double[] was = new double[reps];
            double[] now = new double[reps];
            for (int i = -1; i < reps; i++) {
                explaining = explain && i == -1;
                hide(c, true);
                long t = System.nanoTime();
                old.get(read).run();
                double ms = (System.nanoTime() - t) / 1e6;
                hide(c, false);
                t = System.nanoTime();
                current.get(read).run();
                if (i >= 0) {
                    was[i] = ms;
                    now[i] = (System.nanoTime() - t) / 1e6;
                }
            }
            explaining = false;
            before.put(read, median(was));
            after.put(read, median(now));
            log(String.format("%-45s %9.2f ms -> %8.2f ms", read, before.get(read), after.get(read)));
        }
    }

    /**
     * Hides Botstore's own indexes from the planner, or shows them again: on PostgreSQL and SQLite
     * they are dropped in a transaction that is then rolled back (DDL is transactional there); on
     * MariaDB they are marked IGNORED (10.6 and later), a change of metadata only.
     */
    private void hide(Connection c, boolean hidden) throws SQLException {
        if (type == DbType.MYSQL) {
            Map<String, List<String>> byTable = new LinkedHashMap<>();
            OwnIndexes.ALL.forEach(i -> byTable.computeIfAbsent(i.table(), t -> new ArrayList<>())
                    .add("ALTER INDEX " + i.name() + (hidden ? " IGNORED" : " NOT IGNORED")));
            try (Statement st = c.createStatement()) {
                for (Map.Entry<String, List<String>> table : byTable.entrySet()) {
                    st.execute("ALTER TABLE " + table.getKey() + " " + String.join(", ", table.getValue()));
                }
            }
        } else if (hidden) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                for (OwnIndexes.OwnIndex index : OwnIndexes.ALL) {
                    st.execute("DROP INDEX " + index.name());
                }
            }
        } else {
            c.rollback();
            c.setAutoCommit(true);
        }
        // the schema changed: let the reload of it (SQLite) or of the tables' cache (PostgreSQL) fall here
        query(c, "SELECT (SELECT id FROM raw_messages WHERE id = 1), (SELECT id FROM filtered_messages WHERE id = 1),"
                + " (SELECT id FROM bot_messages WHERE id = 1)");
    }

    private static double median(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private long counts(Connection c, String group, String... tables) throws SQLException {
        long sum = 0;
        for (String table : tables) {
            sum += group == null ? query(c, "SELECT COUNT(*) FROM " + table)
                    : query(c, "SELECT COUNT(*) FROM " + table + " WHERE group_id = ?", group);
        }
        return sum;
    }

    /** Runs a statement and reads every row's first column; returns the rows and characters read. */
    private long query(Connection c, String sql, Object... params) throws SQLException {
        if (explaining) {
            explain(c, sql, params);
        }
        try (PreparedStatement ps = c.prepareStatement(jdbc(sql))) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            long seen = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String first = rs.getString(1);
                    seen += 1 + (first == null ? 0 : first.length());
                }
            }
            return seen;
        }
    }

    private void explain(Connection c, String sql, Object... params) throws SQLException {
        String prefix = switch (type) {
            case POSTGRESQL -> "EXPLAIN (ANALYZE, TIMING OFF) ";
            case MYSQL -> "EXPLAIN ";
            case SQLITE -> "EXPLAIN QUERY PLAN ";
        };
        StringBuilder plan = new StringBuilder(sql).append('\n');
        try (PreparedStatement ps = c.prepareStatement(prefix + jdbc(sql))) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int i = 1; i <= columns; i++) {
                        plan.append(i == 1 ? "    " : " | ").append(rs.getString(i));
                    }
                    plan.append('\n');
                }
            }
        }
        log(plan.toString());
    }

    /** JPA's numbered parameters as JDBC's, bound once per occurrence, in the order they occur. */
    private static String jdbc(String sql) {
        return sql.replaceAll("\\?\\d+", "?");
    }

    private static String page() {
        return " LIMIT " + PAGE + " OFFSET 0";
    }

    private void analyze(Connection c) throws SQLException {
        List<String> statements = new ArrayList<>();
        switch (type) {
            case POSTGRESQL -> statements.add("VACUUM ANALYZE");
            case MYSQL -> statements.add("ANALYZE TABLE raw_messages, filtered_messages, bot_messages");
            case SQLITE -> statements.add("ANALYZE");
        }
        try (Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
    }

    private static void log(String line) {
        System.err.println("[hot-reads] " + line);
    }
}
