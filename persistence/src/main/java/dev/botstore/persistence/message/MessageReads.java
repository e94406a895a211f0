package dev.botstore.persistence.message;

import dev.botstore.api.message.SenderStatistics;
import dev.botstore.api.message.SocialAnalysisGroup;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.schema.OwnBreakdowns;
import dev.botstore.persistence.schema.OwnCounters;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The learning pipeline's hot reads of messages, in statements shaped for Botstore's own indexes
 * ({@code OwnIndexes}): the backlog condition written as the literal the partial indexes carry,
 * grouped counts that read an index alone, and the message counts from the counters that the
 * database keeps itself ({@code OwnCounters}). The SQL is public so
 * that the hot-read benchmark measures exactly what the server runs.
 */
public final class MessageReads {

    private final EntityManager em;
    private final DbType type;

    public MessageReads(EntityManager em) {
        this.em = em;
        this.type = SqlDialect.of(em).type();
    }

    /** The unprocessed raw messages [of a group], oldest first; equal timestamps by id. */
    public static String unprocessedSql(DbType type, boolean grouped) {
        String ts = SqlDialect.of(type).quote("timestamp");
        return "SELECT * FROM raw_messages WHERE " + (grouped ? "group_id = ?1 AND " : "")
                + "processed = " + SqlDialect.of(type).falseLiteral() + " ORDER BY " + ts + ", id";
    }

    /** The unprocessed filtered messages, oldest first; equal timestamps by id. */
    public static String filteredForLearningSql(DbType type) {
        return "SELECT * FROM filtered_messages WHERE processed = " + SqlDialect.of(type).falseLiteral()
                + " ORDER BY " + SqlDialect.of(type).quote("timestamp") + ", id";
    }

    /** All raw, filtered and bot messages, from the database's own counters ({@link OwnCounters}). */
    public static String totalsSql() {
        return "SELECT " + OwnCounters.totalSql("raw_messages", false, null) + ", "
                + OwnCounters.totalSql("filtered_messages", false, null) + ", "
                + OwnCounters.totalSql("bot_messages", false, null);
    }

    /** A group's raw, unprocessed raw and filtered messages, from the counters ({@link OwnCounters}). */
    public static String groupCountsSql() {
        return "SELECT " + OwnCounters.totalSql("raw_messages", true, "?1") + ", "
                + OwnCounters.unprocessedSql("raw_messages", true, "?1") + ", "
                + OwnCounters.totalSql("filtered_messages", true, "?1");
    }

    /**
     * One row a sender, whatever names it used (the original grouped by sender and name, and a
     * renamed sender's smaller row overwrote the larger one); the name is the latest non-empty one.
     * Both the count and the name are read along {@code (group_id, sender_id, timestamp, id)}.
     */
    public static String sendersSql(DbType type) {
        String ts = SqlDialect.of(type).quote("timestamp");
        return "SELECT r.sender_id, COUNT(*) AS n,"
                + " (SELECT r2.sender_name FROM raw_messages r2 WHERE r2.group_id = ?1 AND r2.sender_id = r.sender_id"
                + " AND r2.sender_name IS NOT NULL AND r2.sender_name <> ''"
                + " ORDER BY r2." + ts + " DESC, r2.id DESC LIMIT 1) AS latest_name"
                + " FROM raw_messages r WHERE r.group_id = ?1 GROUP BY r.sender_id ORDER BY n DESC, r.sender_id";
    }

    /**
     * Messages and distinct senders a group, most messages first, from the counts a group and sender
     * that the database keeps ({@link OwnBreakdowns}): no message is read.
     */
    public static String groupsSql(DbType type) {
        return OwnBreakdowns.groupsSql(type);
    }

    /**
     * A page of a group's processed messages with {@code timestamp > ?2}, newest first (equal
     * timestamps by id): the page's ids first, from {@code (group_id, processed, timestamp, id)}
     * alone, then their rows. Asked for the rows at once, PostgreSQL walks its timestamp index,
     * which it takes for cheap, past every newer unprocessed message.
     */
    public static String replaySql(DbType type, int limit, int offset) {
        String ts = SqlDialect.of(type).quote("timestamp");
        return "SELECT r.* FROM raw_messages r JOIN (SELECT id FROM raw_messages WHERE group_id = ?1 AND " + ts
                + " > ?2 AND processed = ?3 ORDER BY " + ts + " DESC, id DESC" + page(limit, offset) + ") p ON p.id = r.id"
                + " ORDER BY r." + ts + " DESC, r.id DESC";
    }

    @SuppressWarnings("unchecked")
    public List<RawMessage> forReplay(String groupId, long since, int limit, int offset) {
        return em.createNativeQuery(replaySql(type, limit, offset), RawMessage.class).setParameter(1, groupId)
                .setParameter(2, since).setParameter(3, true).getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<RawMessage> unprocessed(String groupId, int limit, int offset) {
        boolean grouped = groupId != null && !groupId.isEmpty();
        Query query = em.createNativeQuery(unprocessedSql(type, grouped) + page(limit, offset), RawMessage.class);
        if (grouped) {
            query.setParameter(1, groupId);
        }
        return query.getResultList();
    }

    @SuppressWarnings("unchecked")
    public List<FilteredMessage> filteredForLearning(int limit, int offset) {
        return em.createNativeQuery(filteredForLearningSql(type) + page(limit, offset), FilteredMessage.class)
                .getResultList();
    }

    /** {raw, filtered, bot} messages in all. */
    public long[] totals() {
        return longs((Object[]) em.createNativeQuery(totalsSql()).getSingleResult());
    }

    /** {raw, unprocessed raw, filtered} messages of a group. */
    public long[] groupCounts(String groupId) {
        return longs((Object[]) em.createNativeQuery(groupCountsSql()).setParameter(1, groupId).getSingleResult());
    }

    public Map<String, SenderStatistics> senders(String groupId, int limit) {
        Map<String, SenderStatistics> senders = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery(sendersSql(type) + " LIMIT " + limit).setParameter(1, groupId))) {
            String sender = (String) row[0];
            String name = (String) row[2];
            senders.put(sender, new SenderStatistics(number(row[1]), name == null || name.isEmpty() ? sender : name));
        }
        return senders;
    }

    public List<SocialAnalysisGroup> groups(int limit, int offset) {
        List<Object[]> rows = rows(em.createNativeQuery(groupsSql(type) + page(limit, offset)));
        Map<String, Long> relations = relations(rows.stream().map(row -> (String) row[0])
                .filter(group -> group != null).toList());
        List<SocialAnalysisGroup> groups = new ArrayList<>();
        for (Object[] row : rows) {
            String group = (String) row[0];
            groups.add(new SocialAnalysisGroup(group, number(row[1]), number(row[2]),
                    group == null ? 0 : relations.getOrDefault(group, 0L)));
        }
        return groups;
    }

    private Map<String, Long> relations(List<String> groups) {
        Map<String, Long> counts = new HashMap<>();
        if (groups.isEmpty()) {
            return counts;
        }
        StringBuilder sql = new StringBuilder("SELECT group_id, COUNT(*) FROM social_relations WHERE group_id IN (");
        for (int i = 1; i <= groups.size(); i++) {
            sql.append(i == 1 ? "?" : ", ?").append(i);
        }
        Query query = em.createNativeQuery(sql.append(") GROUP BY group_id").toString());
        for (int i = 0; i < groups.size(); i++) {
            query.setParameter(i + 1, groups.get(i));
        }
        for (Object[] row : rows(query)) {
            counts.put((String) row[0], number(row[1]));
        }
        return counts;
    }

    /** Limit and offset are checked by the caller; as literals they keep the statement one of a kind. */
    private static String page(int limit, int offset) {
        return " LIMIT " + limit + " OFFSET " + offset;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long[] longs(Object[] row) {
        long[] values = new long[row.length];
        for (int i = 0; i < row.length; i++) {
            values[i] = number(row[i]);
        }
        return values;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
