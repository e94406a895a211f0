package dev.botstore.persistence.metrics;

import dev.botstore.api.metrics.DetailedMetrics;
import dev.botstore.api.metrics.GroupStatistics;
import dev.botstore.api.metrics.RecentBatch;
import dev.botstore.api.metrics.TrendsData;
import dev.botstore.persistence.admin.AdminSql;
import dev.botstore.persistence.admin.ColumnValues;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.schema.OwnBreakdowns;
import dev.botstore.persistence.schema.OwnCounters;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The metrics as aggregate queries: the counts of a dashboard as one statement of
 * {@code COUNT(*)} sub-selects with the group filter on the indexed {@code group_id} (the message
 * tables' from the database's own counters), and the daily message counts from the messages an
 * hour that the database keeps, so no row is ever brought into memory to be counted. Day
 * boundaries are computed here in the given zone (the original used the server's local zone), which
 * keeps the bucketing identical on every backend and right across daylight-saving changes.
 */
public final class MetricsQueries {

    private final Connection connection;
    private final DbType type;

    public MetricsQueries(Connection connection, DbType type) {
        this.connection = connection;
        this.type = type;
    }

    public GroupStatistics groupStatistics(String groupId) throws SQLException {
        long[] n = counts(blankToNull(groupId), "raw_messages", "filtered_messages", "persona_update_reviews",
                "style_learning_reviews");
        return new GroupStatistics(n[0], n[1], n[2], n[3], groupId);
    }

    public DetailedMetrics detailedMetrics(String groupId) throws SQLException {
        long[] n = counts(blankToNull(groupId), "raw_messages", "filtered_messages", "bot_messages",
                "persona_update_reviews", "style_learning_reviews", "learning_batches", "style_learning_patterns");
        return new DetailedMetrics(new DetailedMetrics.MessageCounts(n[0], n[1], n[2]),
                new DetailedMetrics.LearningCounts(n[3], n[4], n[5], n[6]), groupId);
    }

    /**
     * The row counts of several tables [of one group] in one statement and one round trip:
     * {@code SELECT (SELECT COUNT(*) FROM t1 [WHERE group_id = ?]), (SELECT COUNT(*) FROM t2 ...)},
     * each counted on its own group index (index-only where the backend can), or read from the
     * database's own counters ({@link OwnCounters}) for the message tables.
     */
    public long[] counts(String groupId, String... tables) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.length; i++) {
            sql.append(i == 0 ? "" : ", ");
            if (OwnCounters.counts(tables[i])) {
                sql.append(OwnCounters.totalSql(tables[i], groupId != null, "?"));
            } else {
                sql.append("(SELECT COUNT(*) FROM ").append(quote(tables[i]))
                        .append(groupId == null ? "" : " WHERE " + quote("group_id") + " = ?").append(')');
            }
        }
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            if (groupId != null) {
                for (int i = 1; i <= tables.length; i++) {
                    ps.setString(i, groupId);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                long[] counts = new long[tables.length];
                for (int i = 0; i < tables.length; i++) {
                    counts[i] = rs.getLong(i + 1);
                }
                return counts;
            }
        }
    }

    public TrendsData trends(long now, int days, ZoneId zone, int batches) throws SQLException {
        return new TrendsData(dailyMessages(now, days, zone), recentBatches(batches));
    }

    /**
     * Raw messages with {@code now - days*86400 <= timestamp < end of now's local day}, per local
     * date; days with none are left out. Each day is read from the messages an hour that the
     * database keeps ({@link OwnBreakdowns#HOURS}) for its whole hours, and counted from the rows
     * (on the original's timestamp index) for what lies before its first or after its last whole
     * hour: the start (cutoff) and, in zones whose offset is not whole hours, the day's edges.
     */
    public Map<String, Long> dailyMessages(long now, int days, ZoneId zone) throws SQLException {
        long cutoff = now - days * 24L * 3600L;
        LocalDate first = Instant.ofEpochSecond(cutoff).atZone(zone).toLocalDate();
        LocalDate last = Instant.ofEpochSecond(now).atZone(zone).toLocalDate();
        List<LocalDate> dates = new ArrayList<>();
        List<Long> bounds = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ");
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            long start = Math.max(cutoff, day.atStartOfDay(zone).toEpochSecond());
            long end = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
            sql.append(dates.isEmpty() ? "" : ", ").append(daySql(start, end, bounds));
            dates.add(day);
        }
        Map<String, Long> daily = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
            for (int p = 0; p < bounds.size(); p++) {
                ps.setLong(p + 1, bounds.get(p));
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < dates.size(); i++) {
                    long n = rs.getLong(i + 1);
                    if (n > 0) {
                        daily.put(dates.get(i).toString(), n);
                    }
                }
            }
        }
        return daily;
    }

    /** The messages with {@code start <= timestamp < end}, as a sum of sub-selects; their bounds are added. */
    private String daySql(long start, long end, List<Long> bounds) {
        long firstHour = -Math.floorDiv(-start, OwnBreakdowns.HOUR) * OwnBreakdowns.HOUR;
        long lastHour = Math.floorDiv(end, OwnBreakdowns.HOUR) * OwnBreakdowns.HOUR;
        if (firstHour >= lastHour) {
            return rowsSql(start, end, bounds);
        }
        List<String> parts = new ArrayList<>();
        if (start < firstHour) {
            parts.add(rowsSql(start, firstHour, bounds));
        }
        parts.add(OwnBreakdowns.hoursSql());
        bounds.add(firstHour);
        bounds.add(lastHour);
        if (lastHour < end) {
            parts.add(rowsSql(lastHour, end, bounds));
        }
        return "(" + String.join(" + ", parts) + ")";
    }

    private String rowsSql(long from, long to, List<Long> bounds) {
        bounds.add(from);
        bounds.add(to);
        String ts = quote("timestamp");
        return "(SELECT COUNT(*) FROM " + quote("raw_messages") + " WHERE " + ts + " >= ? AND " + ts + " < ?)";
    }

    /** The newest batches of all groups by start_time, read {@code limit} rows at most. */
    public List<RecentBatch> recentBatches(int limit) throws SQLException {
        String sql = "SELECT id, batch_id, batch_name, group_id, start_time, end_time, quality_score,"
                + " processed_messages, message_count, filtered_count, success, error_message, status, created_at"
                + " FROM learning_batches ORDER BY start_time DESC, id DESC";
        List<RecentBatch> found = new ArrayList<>();
        if (limit <= 0) {
            return found;
        }
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setMaxRows(limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && found.size() < limit) {
                    found.add(new RecentBatch(integer(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4),
                            decimal(rs, 5), decimal(rs, 6), decimal(rs, 7), integer(rs, 8), integer(rs, 9),
                            integer(rs, 10), flag(rs, 11), rs.getString(12), rs.getString(13), dateTime(rs, 14)));
                }
            }
        }
        return found;
    }

    private String quote(String name) {
        return AdminSql.quote(type, name);
    }

    private static String blankToNull(String groupId) {
        return groupId == null || groupId.isEmpty() ? null : groupId;
    }

    private static Integer integer(ResultSet rs, int i) throws SQLException {
        int value = rs.getInt(i);
        return rs.wasNull() ? null : value;
    }

    private static Double decimal(ResultSet rs, int i) throws SQLException {
        double value = rs.getDouble(i);
        return rs.wasNull() ? null : value;
    }

    private static Boolean flag(ResultSet rs, int i) throws SQLException {
        Object value = rs.getObject(i);
        if (value == null) {
            return null;
        }
        return value instanceof Boolean b ? b : value instanceof Number n ? n.intValue() != 0 : Boolean.valueOf(value.toString());
    }

    private String dateTime(ResultSet rs, int i) throws SQLException {
        return ColumnValues.readDateTime(rs, i, type);
    }
}
