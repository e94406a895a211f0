package dev.botstore.facades.learning;

import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.api.learning.ReviewStatus;
import dev.botstore.api.error.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.function.Function;

/**
 * The review lists, alike for persona and style reviews: pending ones newest created first, decided
 * ones latest decision first (a review never decided last, on every backend), the id breaking ties so
 * that pages follow each other without gaps or repeats.
 */
final class ReviewQueries {

    private ReviewQueries() {
    }

    static <T> List<T> list(EntityManager em, Class<T> entity, ReviewFilter filter) {
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

    /** The review {@code id}, which must be of {@code groupId} when that is given; a 404 otherwise. */
    static <T> T load(EntityManager em, Class<T> entity, int id, String groupId, Function<T, String> groupOf,
                      String what) {
        T row = em.find(entity, id);
        if (row == null || LearningJson.given(groupId) && !groupId.equals(groupOf.apply(row))) {
            throw new NotFoundException("no " + what + " " + id
                    + (LearningJson.given(groupId) ? " in group '" + groupId + "'" : ""));
        }
        return row;
    }

    /** Deletes the row {@code id}; false when there is none. */
    static boolean delete(EntityManager em, Class<?> entity, int id) {
        Object row = em.find(entity, id);
        if (row == null) {
            return false;
        }
        em.remove(row);
        return true;
    }
}
