package dev.botstore.persistence.psychological;

import dev.botstore.persistence.expression.NaturalKeyLock;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The queries of emotion profiles, for the caller's transaction. {@code (user_id, group_id)} is
 * unique, and a save locks the key first ({@link NaturalKeyLock}) so that concurrent first saves
 * wait for each other instead of one failing on the constraint.
 */
public final class EmotionProfileStore {

    private final EntityManager em;

    public EmotionProfileStore(EntityManager em) {
        this.em = em;
    }

    public Optional<EmotionProfile> find(String userId, String groupId) {
        return em.createQuery("SELECT e FROM EmotionProfile e WHERE e.userId = :user AND e.groupId = :group",
                        EmotionProfile.class)
                .setParameter("user", userId).setParameter("group", groupId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Locks the key until the transaction ends and returns its row, if any. Must be the
     * transaction's first statement (SQLite).
     */
    public Optional<EmotionProfile> lock(String userId, String groupId) {
        return NaturalKeyLock.lockAndFind(em, "emotion_profiles", List.of("user_id", "group_id"),
                List.of(userId, groupId)).stream().findFirst().map(id -> em.find(EmotionProfile.class, id));
    }

    /** Writes the row now: a new one is inserted, a found one is updated. */
    public EmotionProfile save(EmotionProfile row, boolean isNew) {
        if (isNew) {
            em.persist(row);
        }
        em.flush();
        return row;
    }
}
