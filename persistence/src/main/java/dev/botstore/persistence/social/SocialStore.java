package dev.botstore.persistence.social;

import dev.botstore.persistence.dialect.SqlDialect;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The queries of profiles, preferences and social relations, for the caller's transaction. Saves are
 * upserts on each table's natural key that change only the columns given. A relation has no unique
 * key of its own: its writers are serialised by the upsert of the user's social profile, whose row
 * lock (the write lock on SQLite) they all take first.
 */
public final class SocialStore {

    /** Column of a relation component, in the order {@link #relations} returns them. */
    public static final String COMPONENT_COLUMNS = "id, profile_id, from_user_id, to_user_id, group_id, relation_type,"
            + " value, frequency, last_interaction, description, tags, created_at";

    private final EntityManager em;
    private final SqlDialect dialect;

    public SocialStore(EntityManager em) {
        this.em = em;
        this.dialect = SqlDialect.of(em);
    }

    @SuppressWarnings("unchecked")
    public Optional<UserProfile> profile(String qqId) {
        List<UserProfile> rows = em.createNativeQuery("SELECT * FROM user_profiles WHERE qq_id = ?1", UserProfile.class)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .setParameter(1, qqId).getResultList();
        return rows.stream().findFirst();
    }

    /**
     * Creates the profile from {@code values} (column → value, every column of a new row) or updates
     * the columns named in {@code changed} only, plus {@code updated_at}.
     */
    public void upsertProfile(String qqId, Map<String, Object> values, List<String> changed, LocalDateTime now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("qq_id", qqId);
        row.putAll(values);
        row.put("created_at", Timestamp.valueOf(now));
        row.put("updated_at", Timestamp.valueOf(now));
        List<String> update = new ArrayList<>(changed);
        update.add("updated_at");
        upsert("user_profiles", row, List.of("qq_id"), update);
    }

    @SuppressWarnings("unchecked")
    public Optional<UserPreferences> preferences(String userId, String groupId) {
        List<UserPreferences> rows = em.createNativeQuery("SELECT * FROM user_preferences WHERE user_id = ?1"
                        + " AND group_id = ?2 ORDER BY id", UserPreferences.class)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .setParameter(1, userId).setParameter(2, groupId).getResultList();
        return rows.stream().findFirst();
    }

    public void upsertPreferences(String userId, String groupId, Map<String, Object> values, List<String> changed,
                                  LocalDateTime now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("user_id", userId);
        row.put("group_id", groupId);
        row.putAll(values);
        row.put("created_at", Timestamp.valueOf(now));
        List<String> update = new ArrayList<>(changed);
        update.add("updated_at");
        upsert("user_preferences", row, List.of("user_id", "group_id"), update);
    }

    /**
     * Creates or touches the social profile of {@code userId} in the group and returns its id. From
     * here to the end of the transaction this writer holds the profile's lock.
     */
    public int lockSocialProfile(String userId, String groupId, long now) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("user_id", userId);
        row.put("group_id", groupId);
        row.put("total_relations", 0);
        row.put("significant_relations", 0);
        row.put("created_at", now);
        row.put("last_updated", now);
        upsert("user_social_profiles", row, List.of("user_id", "group_id"), List.of("last_updated"));
        Object id = em.createNativeQuery("SELECT id FROM user_social_profiles WHERE user_id = ?1 AND group_id = ?2")
                .setParameter(1, userId).setParameter(2, groupId).getSingleResult();
        return ((Number) id).intValue();
    }

    /** The oldest component of one relation (group, from, to, type), locked for update where the backend can. */
    public Optional<Object[]> relation(String groupId, String fromUser, String toUser, String relationType) {
        String sql = "SELECT " + COMPONENT_COLUMNS + " FROM user_social_relation_components WHERE group_id = ?1"
                + " AND from_user_id = ?2 AND to_user_id = ?3 AND relation_type = ?4 ORDER BY id" + dialect.limit(1)
                + dialect.forUpdate();
        return rows(em.createNativeQuery(sql).setParameter(1, groupId).setParameter(2, fromUser)
                .setParameter(3, toUser).setParameter(4, relationType)).stream().findFirst();
    }

    public void insertRelation(int profileId, String groupId, String fromUser, String toUser, String relationType,
                               double value, long frequency, long lastInteraction, String description, long now) {
        em.createNativeQuery("INSERT INTO user_social_relation_components (profile_id, from_user_id, to_user_id,"
                        + " group_id, relation_type, value, frequency, last_interaction, description, tags, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, NULL, ?10)")
                .setParameter(1, profileId).setParameter(2, fromUser).setParameter(3, toUser)
                .setParameter(4, groupId).setParameter(5, relationType).setParameter(6, value)
                .setParameter(7, frequency).setParameter(8, lastInteraction).setParameter(9, description)
                .setParameter(10, now).executeUpdate();
    }

    public void updateRelation(int id, double value, long frequency, Number lastInteraction, String description) {
        em.createNativeQuery("UPDATE user_social_relation_components SET value = ?1, frequency = ?2,"
                        + " last_interaction = ?3, description = ?4 WHERE id = ?5")
                .setParameter(1, value).setParameter(2, frequency).setParameter(3, lastInteraction)
                .setParameter(4, description).setParameter(5, id).executeUpdate();
    }

    /** Recounts the profile from its components: all, the significant ones, and the most frequent type. */
    public void recount(int profileId, double significant, long now) {
        em.createNativeQuery("UPDATE user_social_profiles SET"
                        + " total_relations = (SELECT COUNT(*) FROM user_social_relation_components c"
                        + " WHERE c.profile_id = ?1),"
                        + " significant_relations = (SELECT COUNT(*) FROM user_social_relation_components c"
                        + " WHERE c.profile_id = ?1 AND c.value >= ?2),"
                        + " dominant_relation_type = (SELECT c.relation_type FROM user_social_relation_components c"
                        + " WHERE c.profile_id = ?1 GROUP BY c.relation_type"
                        + " ORDER BY SUM(c.frequency) DESC, c.relation_type" + dialect.limit(1) + "),"
                        + " last_updated = ?3 WHERE id = ?1")
                .setParameter(1, profileId).setParameter(2, significant).setParameter(3, now).executeUpdate();
    }

    /** Components of a group, oldest first, as {@link #COMPONENT_COLUMNS}. */
    public List<Object[]> relations(String groupId, int limit, int offset) {
        return rows(em.createNativeQuery("SELECT " + COMPONENT_COLUMNS + " FROM user_social_relation_components"
                + " WHERE group_id = ?1 ORDER BY id" + dialect.page(limit, offset)).setParameter(1, groupId));
    }

    /** Components of a group in which the user is either side. */
    public List<Object[]> relationsOf(String groupId, String userId) {
        return rows(em.createNativeQuery("SELECT " + COMPONENT_COLUMNS + " FROM user_social_relation_components"
                        + " WHERE group_id = ?1 AND (from_user_id = ?2 OR to_user_id = ?2) ORDER BY id")
                .setParameter(1, groupId).setParameter(2, userId));
    }

    /** One upsert statement on {@code key}; on a conflict only the {@code update} columns take the new values. */
    private void upsert(String table, Map<String, Object> row, List<String> key, List<String> update) {
        List<String> columns = new ArrayList<>(row.keySet());
        List<String> marks = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
            marks.add(typed(table, columns.get(i - 1), "?" + i));
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", marks) + ")" + dialect.onConflict(key, update);
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < columns.size(); i++) {
            query.setParameter(i + 1, row.get(columns.get(i)));
        }
        query.executeUpdate();
    }

    /** PostgreSQL would take a null parameter for text, which a float column refuses. */
    private String typed(String table, String column, String parameter) {
        boolean floatColumn = column.equals("last_active") || column.equals("adaptive_rate")
                || (table.equals("user_preferences") && column.equals("updated_at"));
        return floatColumn ? dialect.typed(parameter, "DOUBLE PRECISION") : parameter;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }
}
