package dev.botstore.persistence.learning;

import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.api.learning.ReviewStatus;
import dev.botstore.persistence.support.EntityRows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * The queries of persona and style learning reviews, alike for both, for the caller's transaction.
 * Lists: pending ones newest created first, decided ones latest decision first (a review never
 * decided last, on every backend), the id breaking ties so that pages follow each other without
 * gaps or repeats.
 */
public final class ReviewStore extends EntityRows {

    public ReviewStore(EntityManager em) {
        super(em);
    }

    /** One page of {@code entity} ({@link PersonaLearningReview} or {@link StyleLearningReview}). */
    public <T> List<T> list(Class<T> entity, ReviewFilter filter) {
        List<String> statuses = switch (filter.status()) {
            case ReviewFilter.REVIEWED -> List.of(ReviewStatus.APPROVED, ReviewStatus.REJECTED);
            default -> List.of(filter.status());
        };
        String order = filter.pending() ? " ORDER BY r.timestamp DESC, r.id DESC"
                : " ORDER BY COALESCE(r.reviewTime, -1.0) DESC, r.id DESC";
        String jpql = "SELECT r FROM " + entity.getSimpleName() + " r WHERE r.status IN :statuses"
                + (filter.groupId() == null ? "" : " AND r.groupId = :group") + order;
        TypedQuery<T> query = em.createQuery(jpql, entity).setParameter("statuses", statuses);
        if (filter.groupId() != null) {
            query.setParameter("group", filter.groupId());
        }
        return query.setFirstResult(filter.offset()).setMaxResults(filter.limit()).getResultList();
    }

    /** Writes the changes of found reviews now. */
    public void flush() {
        em.flush();
    }

    /** Deletes the review {@code id}; false when there is none. */
    public boolean delete(Class<?> entity, int id) {
        Object row = em.find(entity, id);
        if (row == null) {
            return false;
        }
        em.remove(row);
        return true;
    }

    /** The dialog text of the group's own approved style reviews, newest first. */
    public List<String> approvedFewShots(String groupId, int limit) {
        return em.createQuery("SELECT r.fewShotsContent FROM StyleLearningReview r WHERE r.status = :approved"
                        + " AND r.groupId = :group AND r.fewShotsContent IS NOT NULL AND r.fewShotsContent <> ''"
                        + " ORDER BY r.timestamp DESC, r.id DESC", String.class)
                .setParameter("approved", ReviewStatus.APPROVED)
                .setParameter("group", groupId)
                .setMaxResults(limit)
                .getResultList();
    }
}
