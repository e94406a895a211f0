package dev.botstore.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.SchemaReport;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.support.TestDatabase;
import dev.botstore.persistence.support.UpstreamFixture;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The database's own message counters ({@link OwnCounters}) equal {@code COUNT(*)} per table and
 * group, all and unprocessed, and the breakdowns ({@link OwnBreakdowns}) per group and sender and
 * per hour, whatever is written by plain SQL (as the original plugin would): single and multi-row
 * inserts, deletes, processed flips, group, sender and time changes, concurrent writers, and rows
 * that were there before the counters were installed; the next sync changes nothing.
 */
class OwnCountersTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void theCountersFollowInsertsDeletesFlipsAndGroupChanges(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                insertRaw(c, type, 40, "g1", "g2", null);
                st.executeUpdate(multiRowRaw(type, 5, "g3"));
                insertFilteredAndBot(c, type, 30);
                assertCountsMatch(c, type);

                st.executeUpdate("UPDATE raw_messages SET processed = " + truth(type) + " WHERE group_id = 'g1'");
                st.executeUpdate("UPDATE filtered_messages SET processed = " + truth(type) + " WHERE id % 2 = 0");
                assertCountsMatch(c, type);

                st.executeUpdate("UPDATE raw_messages SET group_id = 'g9' WHERE group_id = 'g2' AND id % 3 = 0");
                st.executeUpdate("UPDATE raw_messages SET group_id = NULL WHERE group_id = 'g3'");
                st.executeUpdate("UPDATE bot_messages SET group_id = 'g7' WHERE id % 2 = 0");
                st.executeUpdate("UPDATE raw_messages SET sender_name = 'renamed'"); // neither group nor flag
                assertCountsMatch(c, type);

                String ts = SqlDialect.of(type).quote("timestamp");
                st.executeUpdate("UPDATE raw_messages SET sender_id = 'moved' WHERE id % 5 = 1");
                st.executeUpdate("UPDATE raw_messages SET " + ts + " = " + ts + " + 1800 WHERE id % 3 = 1");
                st.executeUpdate("UPDATE raw_messages SET " + ts + " = -" + ts + " WHERE id % 11 = 2"); // before 1970
                st.executeUpdate("UPDATE raw_messages SET " + ts + " = " + ts + " - 1, sender_id = 'both', group_id = 'g8'"
                        + " WHERE id % 13 = 3");
                assertCountsMatch(c, type);

                st.executeUpdate("DELETE FROM raw_messages WHERE id % 4 = 0");
                st.executeUpdate("DELETE FROM filtered_messages WHERE group_id IS NULL");
                st.executeUpdate("DELETE FROM bot_messages");
                assertCountsMatch(c, type);
            }
            assertTrue(SchemaSyncTest.sync(db).upToDate(), "the next sync has nothing to do");
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void adoptingADatabaseWithRowsCountsThemAndTheNextSyncChangesNothing(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            UpstreamFixture.load(db);
            try (Connection c = db.connection()) {
                insertRaw(c, type, 50, "a", "b", null);
                insertFilteredAndBot(c, type, 20);
            }

            SchemaReport first = SchemaSyncTest.sync(db);

            assertTrue(first.warnings().isEmpty(), () -> "warnings: " + first.warnings());
            assertEquals(1, first.actions().stream().filter(a -> a.kind().equals("create_counters")).count());
            try (Connection c = db.connection()) {
                assertCountsMatch(c, type);
                insertRaw(c, type, 7, "a", "c", null);
                assertCountsMatch(c, type);
            }
            SchemaReport second = SchemaSyncTest.sync(db);
            assertTrue(second.upToDate(), () -> "second sync: " + second.actions() + second.warnings());
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aTriggerDroppedByHandIsRecreatedAndTheCountersAreSetAgain(DbType type) throws Exception {
        assertRepairedAfterDropping(type, "bst_tr_raw_messages_insert", "UPDATE raw_messages SET group_id = 'g2'");
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aBreakdownTriggerDroppedByHandIsRecreatedAndTheBreakdownsAreSetAgain(DbType type) throws Exception {
        assertRepairedAfterDropping(type, "bst_tr_raw_message_hours_update",
                "UPDATE raw_messages SET " + SqlDialect.of(type).quote("timestamp") + " = 1600000000");
    }

    /** With one trigger dropped and rows written and changed meanwhile, the next sync sets everything right. */
    private static void assertRepairedAfterDropping(DbType type, String trigger, String change) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER " + trigger + (type == DbType.POSTGRESQL ? " ON raw_messages" : ""));
                insertRaw(c, type, 12, "g1", null, null);
                st.executeUpdate(change);
            }

            SchemaReport repair = SchemaSyncTest.sync(db);

            assertEquals(List.of("create_counters"), repair.actions().stream().map(a -> a.kind()).toList());
            try (Connection c = db.connection()) {
                assertCountsMatch(c, type);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DbType.class, names = {"POSTGRESQL", "MYSQL"})
    void concurrentWritersIntoOneGroupAreAllCounted(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<?>> writers = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    writers.add(pool.submit(() -> {
                        try (Connection c = db.connection()) {
                            c.setAutoCommit(false);
                            for (int batch = 0; batch < 5; batch++) {
                                insertRaw(c, type, 100, "hot", "hot", "cold");
                                c.commit();
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> writer : writers) {
                    writer.get();
                }
            } finally {
                pool.shutdown();
            }
            try (Connection c = db.connection()) {
                assertCountsMatch(c, type);
                assertEquals(4 * 5 * 100, countersOf(c).entrySet().stream()
                        .filter(e -> e.getKey().startsWith("raw_messages/") && e.getKey().endsWith(":total"))
                        .mapToLong(Map.Entry::getValue).sum());
            }
        }
    }

    /**
     * The counters, summed over shards, equal the rows counted, per table, group and flag; the
     * breakdowns per group and sender and per hour.
     */
    private static void assertCountsMatch(Connection c, DbType type) throws SQLException {
        assertEquals(counted(c, type), countersOf(c));
        String grouped = "CASE WHEN group_id IS NULL THEN 0 ELSE 1 END, COALESCE(group_id, ''), sender_id";
        assertEquals(rows(c, "SELECT " + grouped + ", COUNT(*) FROM raw_messages GROUP BY " + grouped),
                rows(c, "SELECT grouped, group_id, sender_id, SUM(total) FROM " + OwnBreakdowns.SENDERS.table()
                        + " GROUP BY grouped, group_id, sender_id HAVING SUM(total) <> 0"));
        String ts = SqlDialect.of(type).quote("timestamp");
        // the hour by division, apart from the triggers' remainder arithmetic
        String hour = "CASE WHEN " + ts + " >= 0 THEN " + ts + " / 3600 ELSE -((-" + ts + " + 3599) / 3600) END * 3600";
        if (type == DbType.MYSQL) {
            hour = hour.replace(" / 3600", " DIV 3600");
        }
        assertEquals(rows(c, "SELECT " + hour + ", COUNT(*) FROM raw_messages GROUP BY " + hour),
                rows(c, "SELECT hour_start, SUM(total) FROM " + OwnBreakdowns.HOURS.table()
                        + " GROUP BY hour_start HAVING SUM(total) <> 0"));
    }

    /** Each row as text, its columns' text joined by '/', in order. */
    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("/", values));
            }
        }
        rows.sort(null);
        return rows;
    }

    private static Map<String, Long> counted(Connection c, DbType type) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (OwnCounters.Counted table : OwnCounters.COUNTED) {
            String unprocessed = table.flagged()
                    ? "SUM(CASE WHEN processed = " + SqlDialect.of(type).falseLiteral() + " THEN 1 ELSE 0 END)" : "0";
            read(c, "SELECT CASE WHEN group_id IS NULL THEN 0 ELSE 1 END, COALESCE(group_id, ''), COUNT(*), " + unprocessed
                    + " FROM " + table.table() + " GROUP BY CASE WHEN group_id IS NULL THEN 0 ELSE 1 END, COALESCE(group_id, '')",
                    table.table(), counts);
        }
        return counts;
    }

    private static Map<String, Long> countersOf(Connection c) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        for (OwnCounters.Counted table : OwnCounters.COUNTED) {
            read(c, "SELECT grouped, group_id, SUM(total), SUM(unprocessed) FROM " + OwnCounters.TABLE
                    + " WHERE table_name = '" + table.table() + "' GROUP BY grouped, group_id"
                    + " HAVING SUM(total) <> 0 OR SUM(unprocessed) <> 0", table.table(), counts);
        }
        return counts;
    }

    private static void read(Connection c, String sql, String table, Map<String, Long> into) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String key = table + "/" + rs.getInt(1) + "/" + rs.getString(2);
                into.put(key + ":total", rs.getLong(3));
                into.put(key + ":unprocessed", rs.getLong(4));
            }
        }
    }

    /** Rows spread over the given groups (null: no group), some processed and some with a NULL flag. */
    private static void insertRaw(Connection c, DbType type, int rows, String... groups) throws SQLException {
        String ts = SqlDialect.of(type).quote("timestamp");
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO raw_messages (sender_id, message, group_id, "
                + ts + ", created_at, processed) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                ps.setString(1, "u" + i % 5);
                ps.setString(2, "message " + i);
                ps.setString(3, groups[i % groups.length]);
                ps.setLong(4, 1_700_000_000L + i * 997L); // over several hours
                ps.setLong(5, 1_700_000_000L + i);
                if (i % 7 == 0) {
                    ps.setNull(6, java.sql.Types.BOOLEAN);
                } else {
                    ps.setBoolean(6, i % 3 == 0);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static String multiRowRaw(DbType type, int rows, String group) {
        StringBuilder sql = new StringBuilder("INSERT INTO raw_messages (sender_id, message, group_id, "
                + SqlDialect.of(type).quote("timestamp") + ", created_at, processed) VALUES ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append("('m', 'multi ").append(i).append("', '").append(group)
                    .append("', 1700000000, 1700000000, ").append(SqlDialect.of(type).falseLiteral()).append(')');
        }
        return sql.toString();
    }

    private static void insertFilteredAndBot(Connection c, DbType type, int rows) throws SQLException {
        String ts = SqlDialect.of(type).quote("timestamp");
        try (PreparedStatement filtered = c.prepareStatement("INSERT INTO filtered_messages (message, sender_id,"
                + " group_id, " + ts + ", created_at, processed) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement bot = c.prepareStatement("INSERT INTO bot_messages (group_id, message, " + ts
                     + ", created_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < rows; i++) {
                filtered.setString(1, "message " + i);
                filtered.setString(2, "u" + i % 4);
                filtered.setString(3, i % 5 == 0 ? null : "g" + i % 3);
                filtered.setLong(4, 1_700_000_000L + i);
                filtered.setLong(5, 1_700_000_000L + i);
                filtered.setBoolean(6, i % 2 == 0);
                filtered.addBatch();
                bot.setString(1, "g" + i % 4);
                bot.setString(2, "reply " + i);
                bot.setLong(3, 1_700_000_000L + i);
                bot.setLong(4, 1_700_000_000L + i);
                bot.addBatch();
            }
            filtered.executeBatch();
            bot.executeBatch();
        }
    }

    private static String truth(DbType type) {
        return type == DbType.SQLITE ? "1" : "TRUE";
    }
}
