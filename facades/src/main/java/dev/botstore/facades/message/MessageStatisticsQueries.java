package dev.botstore.facades.message;

import dev.botstore.api.message.SenderStatistics;
import dev.botstore.api.message.SocialAnalysisGroup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The grouped counts over raw messages, in SQL that all three backends read alike. */
final class MessageStatisticsQueries {

    /**
     * One row a sender, whatever names it used (the original grouped by sender and name, and a
     * renamed sender's smaller row overwrote the larger one); the name is the latest non-empty one.
     */
    private static final String SENDERS = "SELECT r.sender_id, COUNT(*) AS n,"
            + " (SELECT r2.sender_name FROM raw_messages r2 WHERE r2.group_id = ?1 AND r2.sender_id = r.sender_id"
            + " AND r2.sender_name IS NOT NULL AND r2.sender_name <> ''"
            + " ORDER BY r2.timestamp DESC, r2.id DESC LIMIT 1) AS latest_name"
            + " FROM raw_messages r WHERE r.group_id = ?1 GROUP BY r.sender_id ORDER BY n DESC, r.sender_id";

    private static final String GROUPS = "SELECT group_id, COUNT(*) AS n, COUNT(DISTINCT sender_id) AS members"
            + " FROM raw_messages GROUP BY group_id ORDER BY n DESC, group_id";

    private final EntityManager em;

    MessageStatisticsQueries(EntityManager em) {
        this.em = em;
    }

    Map<String, SenderStatistics> senders(String groupId, int limit) {
        Map<String, SenderStatistics> senders = new LinkedHashMap<>();
        for (Object[] row : rows(em.createNativeQuery(SENDERS + " LIMIT " + limit).setParameter(1, groupId))) {
            String sender = (String) row[0];
            String name = (String) row[2];
            senders.put(sender, new SenderStatistics(number(row[1]), name == null || name.isEmpty() ? sender : name));
        }
        return senders;
    }

    List<SocialAnalysisGroup> groups(int limit, int offset) {
        List<Object[]> rows = rows(em.createNativeQuery(GROUPS + " LIMIT " + limit + " OFFSET " + offset));
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

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
