package dev.botstore.persistence.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.metrics.DetailedMetrics;
import dev.botstore.api.metrics.GroupStatistics;
import dev.botstore.api.metrics.TrendsData;
import dev.botstore.persistence.admin.AdminSql;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.schema.OwnBreakdowns;
import dev.botstore.persistence.support.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The metrics over 200,000 raw messages are aggregate queries: the test records every statement
 * issued and every row fetched, and asserts that only COUNT/SUM queries ran, one statement for the
 * counts of each dashboard, and only a handful of rows came back, besides checking the figures.
 */
class MetricsQueriesTest {

    private static final int MESSAGES = 200_000;
    private static final int GROUPS = 10;
    /** 2026-12-05T12:00:00Z. */
    private static final long NOW = 1796472000L;
    private static final long SPAN = 10 * 86400L;

    @ParameterizedTest
    @EnumSource(DbType.class)
    void statisticsOverTwoHundredThousandMessagesAreAggregateQueries(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            long started = System.nanoTime();
            Map<String, Long> perDay = seed(db);
            System.err.println("[metrics " + type.id() + "] seeded " + MESSAGES + " raw messages in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms");
            List<String> issued = new ArrayList<>();
            AtomicLong fetched = new AtomicLong();
            try (Connection real = db.connection()) {
                MetricsQueries queries = new MetricsQueries(recording(real, issued, fetched), type);
                started = System.nanoTime();
                GroupStatistics all = queries.groupStatistics(null);
                GroupStatistics one = queries.groupStatistics("g3");
                DetailedMetrics detailed = queries.detailedMetrics("");
                TrendsData trends = queries.trends(NOW, 7, ZoneOffset.UTC, 10);
                long took = (System.nanoTime() - started) / 1_000_000;

                assertEquals(MESSAGES, all.rawMessages());
                assertEquals(MESSAGES / GROUPS, one.rawMessages());
                assertEquals("g3", one.groupId());
                assertEquals(MESSAGES, detailed.messages().raw());
                assertEquals(0, detailed.learning().batches());
                Map<String, Long> expected = new TreeMap<>();
                long cutoff = NOW - 7 * 86400L;
                long endOfDay = Instant.ofEpochSecond(NOW).atZone(ZoneOffset.UTC).toLocalDate().plusDays(1)
                        .atStartOfDay(ZoneOffset.UTC).toEpochSecond();
                for (long i = 0; i < MESSAGES; i++) {
                    long ts = timestamp(i);
                    if (ts >= cutoff && ts < endOfDay) {
                        expected.merge(Instant.ofEpochSecond(ts).atZone(ZoneOffset.UTC).toLocalDate().toString(), 1L, Long::sum);
                    }
                }
                assertEquals(expected, new TreeMap<>(trends.dailyMessages()));
                assertEquals(List.copyOf(expected.keySet()), List.copyOf(trends.dailyMessages().keySet()), "ascending dates");
                assertEquals(8, trends.dailyMessages().size(), "a rolling 168-hour window touches 8 dates");
                assertTrue(perDay.size() > 8);

                for (String sql : issued) {
                    assertTrue(sql.matches("(?s)SELECT \\(*SELECT (COUNT\\(\\*\\)|COALESCE\\(SUM\\().*") || sql.contains("FROM learning_batches"),
                            "not an aggregate: " + sql);
                }
                assertTrue(issued.get(3).contains(OwnBreakdowns.HOURS.table()), "the trends read the hours: " + issued.get(3));
                assertEquals(1 + 1 + 1 + 2, issued.size(), "the counts of a dashboard are one statement: " + issued);
                assertTrue(fetched.get() <= 16, "rows fetched: " + fetched.get());
                System.err.println("[metrics " + type.id() + "] " + issued.size() + " queries, " + fetched.get()
                        + " rows fetched, " + took + " ms");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void dailyBucketsFollowTheZoneAcrossADaylightSavingChange(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            ZoneId berlin = ZoneId.of("Europe/Berlin");
            // 2026-03-29: clocks go forward at 02:00 local; 23:30 local on the 28th and 00:30 on the 29th
            long beforeMidnight = java.time.LocalDateTime.of(2026, 3, 28, 23, 30).atZone(berlin).toEpochSecond();
            long afterMidnight = java.time.LocalDateTime.of(2026, 3, 29, 0, 30).atZone(berlin).toEpochSecond();
            long lateOnThe29th = java.time.LocalDateTime.of(2026, 3, 29, 23, 30).atZone(berlin).toEpochSecond();
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                for (long ts : new long[] {beforeMidnight, afterMidnight, lateOnThe29th}) {
                    st.executeUpdate(insert(type, "g", ts, 1));
                }
                Map<String, Long> daily = new MetricsQueries(c, type).dailyMessages(lateOnThe29th + 60, 7, berlin);
                assertEquals(Map.of("2026-03-28", 1L, "2026-03-29", 2L), daily);
            }
        }
    }

    /**
     * The daily counts equal the rows counted by local date as the original did, in zones whose
     * days start on the hour, on the half and the quarter hour and across a daylight-saving change,
     * with messages on the second before, at and after each quarter hour, after inserts, deletes
     * and messages moved in time, and a window that starts mid-hour.
     */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void dailyCountsEqualTheRowsCountedInEveryZoneAfterInsertsDeletesAndMoves(DbType type) throws Exception {
        List<ZoneId> zones = List.of(ZoneOffset.UTC, ZoneId.of("Asia/Shanghai"), ZoneId.of("Asia/Kolkata"),
                ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("Europe/Berlin"));
        long now = java.time.LocalDateTime.of(2026, 3, 31, 9, 17, 23).toEpochSecond(ZoneOffset.UTC);
        try (TestDatabase db = TestDatabase.synced(type); Connection c = db.connection();
             Statement st = c.createStatement()) {
            StringBuilder sql = new StringBuilder();
            long i = 0;
            for (long quarter = now - 9 * 86400L - 1234; quarter < now + 2 * 86400L; quarter += 900) {
                long edge = quarter - Math.floorMod(quarter, 900);
                for (long ts : new long[] {edge - 1, edge, edge + 1}) {
                    sql.append(sql.isEmpty() ? insert(type, "g" + i % 3, ts, i) : ", ('u" + i + "', 'm', 'g" + i % 3
                            + "', " + ts + ", FALSE, " + ts + ")");
                    i++;
                }
                if (sql.length() > 20_000) {
                    st.executeUpdate(sql.toString());
                    sql.setLength(0);
                }
            }
            st.executeUpdate(sql.toString());
            assertDailyCountsMatch(c, type, zones, now);

            String ts = AdminSql.quote(type, "timestamp");
            st.executeUpdate("DELETE FROM raw_messages WHERE id % 7 = 0");
            st.executeUpdate("UPDATE raw_messages SET " + ts + " = " + ts + " + 1800 WHERE id % 5 = 0");
            st.executeUpdate("UPDATE raw_messages SET " + ts + " = " + ts + " - 86399 WHERE id % 11 = 1");
            st.executeUpdate(insert(type, "g9", now - 7 * 86400L, 1) + ", ('u2', 'm', 'g9', " + (now - 7 * 86400L - 1)
                    + ", FALSE, 0), ('u3', 'm', 'g9', " + now + ", FALSE, 0)");
            assertDailyCountsMatch(c, type, zones, now);
            assertDailyCountsMatch(c, type, zones, now - Math.floorMod(now, 3600)); // a window starting on the hour
        }
    }

    private static void assertDailyCountsMatch(Connection c, DbType type, List<ZoneId> zones, long now) throws Exception {
        List<Long> stamps = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + AdminSql.quote(type, "timestamp") + " FROM raw_messages")) {
            while (rs.next()) {
                stamps.add(rs.getLong(1));
            }
        }
        for (ZoneId zone : zones) {
            for (int days : new int[] {1, 7}) {
                long cutoff = now - days * 86400L;
                long end = Instant.ofEpochSecond(now).atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone)
                        .toEpochSecond();
                Map<String, Long> expected = new TreeMap<>();
                for (long ts : stamps) {
                    if (ts >= cutoff && ts < end) {
                        expected.merge(Instant.ofEpochSecond(ts).atZone(zone).toLocalDate().toString(), 1L, Long::sum);
                    }
                }
                assertEquals(expected, new TreeMap<>(new MetricsQueries(c, type).dailyMessages(now, days, zone)),
                        zone + ", " + days + " day(s)");
            }
        }
    }

    private static long timestamp(long i) {
        return NOW - (i * 7919L) % SPAN;
    }

    private static Map<String, Long> seed(TestDatabase db) throws Exception {
        Map<String, Long> perDay = new TreeMap<>();
        try (Connection c = db.connection(); Statement st = c.createStatement()) {
            StringBuilder sql = new StringBuilder();
            for (long i = 0; i < MESSAGES; i++) {
                long ts = timestamp(i);
                perDay.merge(Instant.ofEpochSecond(ts).atZone(ZoneOffset.UTC).toLocalDate().toString(), 1L, Long::sum);
                if (sql.isEmpty()) {
                    sql.append(insert(db.type(), "g" + (i % GROUPS), ts, i));
                } else {
                    sql.append(", ('u").append(i).append("', 'message ").append(i).append("', 'g").append(i % GROUPS)
                            .append("', ").append(ts).append(", FALSE, ").append(ts).append(')');
                }
                if ((i + 1) % 1000 == 0) {
                    st.executeUpdate(sql.toString());
                    sql.setLength(0);
                }
            }
        }
        return perDay;
    }

    private static String insert(DbType type, String group, long ts, long i) {
        return "INSERT INTO raw_messages (sender_id, message, group_id, " + AdminSql.quote(type, "timestamp")
                + ", processed, created_at) VALUES ('u" + i + "', 'message " + i + "', '" + group + "', " + ts + ", FALSE, " + ts + ")";
    }

    /** The connection, recording the SQL of every prepared statement and counting the rows read. */
    static Connection recording(Connection real, List<String> issued, AtomicLong fetched) {
        return (Connection) Proxy.newProxyInstance(MetricsQueriesTest.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    if (method.getName().equals("prepareStatement")) {
                        issued.add((String) args[0]);
                        PreparedStatement ps = (PreparedStatement) result;
                        return Proxy.newProxyInstance(MetricsQueriesTest.class.getClassLoader(),
                                new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                                    Object r = invoke(ps, m, a);
                                    if (m.getName().equals("executeQuery")) {
                                        ResultSet rs = (ResultSet) r;
                                        return Proxy.newProxyInstance(MetricsQueriesTest.class.getClassLoader(),
                                                new Class<?>[] {ResultSet.class}, (q, n, b) -> {
                                                    Object row = invoke(rs, n, b);
                                                    if (n.getName().equals("next") && Boolean.TRUE.equals(row)) {
                                                        fetched.incrementAndGet();
                                                    }
                                                    return row;
                                                });
                                    }
                                    return r;
                                });
                    }
                    return result;
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
