package dev.botstore.persistence.affection;

import dev.botstore.persistence.dialect.SqlDialect;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The queries of affection levels and moods, for the caller's transaction. Setting a level is one
 * upsert statement on (group_id, user_id) that clamps to [0, max_affection] on insert and update.
 */
public final class AffectionStore {

    private static final String INSERT = "INSERT INTO user_affections (group_id, user_id, affection_level,"
            + " max_affection, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)";
    /** An existing row is clamped to its own maximum, which an adopted row may hold other than 100. */
    private static final String CLAMPED = "CASE WHEN ?6 < 0 THEN 0 WHEN ?6 > %1$s THEN %1$s ELSE ?6 END";

    private final EntityManager em;
    private final SqlDialect dialect;

    public AffectionStore(EntityManager em) {
        this.em = em;
        this.dialect = SqlDialect.of(em);
    }

    @SuppressWarnings("unchecked")
    public Optional<UserAffection> find(String groupId, String userId) {
        List<UserAffection> rows = em.createNativeQuery("SELECT * FROM user_affections WHERE group_id = ?1"
                        + " AND user_id = ?2", UserAffection.class)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .setParameter(1, groupId).setParameter(2, userId).getResultList();
        return rows.stream().findFirst();
    }

    /** Sets the level of one user, creating the row with maximum {@code newMax}. */
    public void setLevel(String groupId, String userId, long level, int newMax, long now) {
        String sql = INSERT + dialect.onConflictUpdate(List.of("group_id", "user_id")) + "affection_level = "
                + CLAMPED.formatted(dialect.existing("user_affections", "max_affection")) + ", updated_at = "
                + dialect.inserted("updated_at");
        em.createNativeQuery(sql)
                .setParameter(1, groupId)
                .setParameter(2, userId)
                .setParameter(3, Math.max(0, Math.min(level, newMax)))
                .setParameter(4, newMax)
                .setParameter(5, now)
                .setParameter(6, level)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<UserAffection> all(String groupId, int limit, int offset) {
        return em.createNativeQuery("SELECT * FROM user_affections WHERE group_id = ?1 ORDER BY id"
                        + dialect.page(limit, offset), UserAffection.class)
                .setHint(QueryHints.REFRESH, HintValues.TRUE)
                .setParameter(1, groupId).getResultList();
    }

    /** [sum of levels, rows] of a group. */
    public long[] total(String groupId) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT SUM(affection_level), COUNT(id) FROM user_affections"
                + " WHERE group_id = ?1").setParameter(1, groupId).getSingleResult();
        return new long[] {number(row[0]), number(row[1])};
    }

    /**
     * Ends the group's active moods at {@code start} (or keeps an earlier end) and adds the new one,
     * active from {@code start} until {@code end} (null: until the next mood).
     */
    public BotMood saveMood(String groupId, String moodType, double intensity, String description, double start,
                            Double end, LocalDateTime now) {
        em.createNativeQuery("UPDATE bot_mood SET is_active = 0, end_time = CASE WHEN end_time IS NULL"
                        + " OR end_time > ?2 THEN ?2 ELSE end_time END WHERE group_id = ?1 AND is_active = 1")
                .setParameter(1, groupId).setParameter(2, start).executeUpdate();
        BotMood mood = new BotMood();
        mood.setGroupId(groupId);
        mood.setMoodType(moodType);
        mood.setMoodIntensity(intensity);
        mood.setMoodDescription(description);
        mood.setTimestamp(start);
        mood.setStartTime(start);
        mood.setEndTime(end);
        mood.setIsActive(1);
        mood.setCreatedAt(now);
        em.persist(mood);
        return mood;
    }

    /** The latest mood whose span holds {@code at}; a mood without an end lasts until the next one. */
    @SuppressWarnings("unchecked")
    public Optional<BotMood> moodAt(String groupId, double at) {
        Query query = em.createNativeQuery("SELECT * FROM bot_mood WHERE group_id = ?1 AND start_time <= ?2"
                + " AND (end_time IS NULL OR end_time > ?2) AND (is_active = 1 OR end_time IS NOT NULL)"
                + " ORDER BY start_time DESC, id DESC" + dialect.limit(1), BotMood.class)
                .setHint(QueryHints.REFRESH, HintValues.TRUE);
        List<BotMood> rows = query.setParameter(1, groupId).setParameter(2, at).getResultList();
        return rows.stream().findFirst();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
