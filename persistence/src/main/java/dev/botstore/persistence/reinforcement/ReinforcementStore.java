package dev.botstore.persistence.reinforcement;

import dev.botstore.persistence.support.EntityRows;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The queries of the reinforcement tables, for the caller's transaction. The four are
 * append-only histories read back by id or one group's page, newest first.
 */
public final class ReinforcementStore extends EntityRows {

    public ReinforcementStore(EntityManager em) {
        super(em);
    }

    /**
     * One group's rows of {@code type} (one of this package's history entities), newest first;
     * equal timestamps newest id first.
     */
    public <T> List<T> page(Class<T> type, String groupId, int limit, int offset) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.groupId = :group"
                        + " ORDER BY r.timestamp DESC, r.id DESC", type)
                .setParameter("group", groupId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
