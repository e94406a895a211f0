package dev.botstore.persistence.security;

import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The queries over keys and the audit trail, for the caller's transaction. */
public final class SecurityStore {

    private final EntityManager em;

    public SecurityStore(EntityManager em) {
        this.em = em;
    }

    public Optional<ApiKey> keyByHash(String hash) {
        return em.createNamedQuery(ApiKey.BY_HASH, ApiKey.class).setParameter("hash", hash)
                .getResultStream().findFirst();
    }

    public Optional<ApiKey> key(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    public List<ApiKey> keys() {
        return em.createNamedQuery(ApiKey.ALL, ApiKey.class).getResultList();
    }

    public long keyCount() {
        return em.createNamedQuery(ApiKey.COUNT, Long.class).getSingleResult();
    }

    /**
     * Notes a use of the key at {@code now} unless one at or after {@code notedBefore} is noted
     * already; false when nothing was written. One statement, so that threads or instances noting
     * the same key at once write it once.
     */
    public boolean noteUse(long id, LocalDateTime now, LocalDateTime notedBefore) {
        return em.createNamedQuery(ApiKey.NOTE_USE).setParameter("now", now).setParameter("id", id)
                .setParameter("notedBefore", notedBefore).executeUpdate() > 0;
    }

    public ApiKey add(ApiKey key) {
        em.persist(key);
        em.flush();
        return key;
    }

    public AuditRecord add(AuditRecord entry) {
        em.persist(entry);
        return entry;
    }

    /** Newest first, those with an id below {@code beforeId} (all when null), at most {@code limit}. */
    public List<AuditRecord> audit(Long beforeId, int limit) {
        String where = beforeId == null ? "" : " WHERE a.id < :before";
        var query = em.createQuery("SELECT a FROM AuditRecord a" + where + " ORDER BY a.id DESC", AuditRecord.class)
                .setMaxResults(limit);
        if (beforeId != null) {
            query.setParameter("before", beforeId);
        }
        return query.getResultList();
    }
}
