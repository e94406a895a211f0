package dev.botstore.persistence.persona;

import dev.botstore.persistence.learning.PersonaLearningReview;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/**
 * The queries of persona backups and of the persona update history, for the caller's transaction.
 * Lists are newest first (equal timestamps newest id first), of one group or, for an empty or null
 * group, of all.
 */
public final class PersonaStore {

    private final EntityManager em;

    public PersonaStore(EntityManager em) {
        this.em = em;
    }

    public List<PersonaBackup> backups(String groupId, int limit, int offset) {
        return newestFirst(PersonaBackup.class, groupId, limit, offset);
    }

    public List<PersonaLearningReview> updates(String groupId, int limit, int offset) {
        return newestFirst(PersonaLearningReview.class, groupId, limit, offset);
    }

    /** The backup of that id, unless a group is given and the backup belongs to another. */
    public Optional<PersonaBackup> backup(int backupId, String groupId) {
        PersonaBackup row = em.find(PersonaBackup.class, backupId);
        if (row == null || groupId != null && !groupId.isEmpty() && !groupId.equals(row.getGroupId())) {
            return Optional.empty();
        }
        return Optional.of(row);
    }

    /** Inserts the backup now, so that it has its id. */
    public PersonaBackup insert(PersonaBackup row) {
        em.persist(row);
        em.flush();
        return row;
    }

    public void delete(PersonaBackup row) {
        em.remove(row);
    }

    private <T> List<T> newestFirst(Class<T> type, String groupId, int limit, int offset) {
        boolean grouped = groupId != null && !groupId.isEmpty();
        TypedQuery<T> query = em.createQuery("SELECT r FROM " + type.getSimpleName() + " r"
                + (grouped ? " WHERE r.groupId = :group" : "") + " ORDER BY r.timestamp DESC, r.id DESC", type);
        if (grouped) {
            query.setParameter("group", groupId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }
}
