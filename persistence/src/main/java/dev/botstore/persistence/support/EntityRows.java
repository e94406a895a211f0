package dev.botstore.persistence.support;

import jakarta.persistence.EntityManager;
import java.util.Optional;

/**
 * The two generic row operations that the stores of id-keyed entities share (a row by id, a new
 * row inserted at once so that it has its id), in one place; a store extends it with its own
 * queries, all for the caller's transaction.
 */
public abstract class EntityRows {

    protected final EntityManager em;

    protected EntityRows(EntityManager em) {
        this.em = em;
    }

    public <T> Optional<T> find(Class<T> entity, int id) {
        return Optional.ofNullable(em.find(entity, id));
    }

    /** Inserts the row now, so that it has its id. */
    public <T> T insert(T row) {
        em.persist(row);
        em.flush();
        return row;
    }
}
