package dev.botstore.persistence.reinforcement;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * The queries of the reinforcement tables, for the caller's transaction. The four are
 * append-only histories read back by id or one group's page, newest first.
 */
public final class ReinforcementStore {

    private final EntityManager em;

    public ReinforcementStore(EntityManager em) {
        this.em = em;
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

    public <T> Optional<T> find(Class<T> type, int id) {
        return Optional.ofNullable(em.find(type, id));
    }

    /** Inserts the row now, so that it has its id. */
    public <T> T insert(T row) {
        em.persist(row);
        em.flush();
        return row;
    }
}
