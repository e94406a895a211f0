package dev.botstore.persistence.learning;

import dev.botstore.persistence.support.EntityRows;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queries of learning runs (persona change snapshots, batches, sessions, performance records)
 * and of the learning dashboard's counts, for the caller's transaction. A group filter given as
 * null or empty means every group. The session upsert is {@link LearningSessionStore}'s.
 */
public final class LearningStore extends EntityRows {

    public LearningStore(EntityManager em) {
        super(em);
    }

    /** The latest snapshot of one review (latest applied, then newest id). */
    public Optional<PersonaChangeSnapshot> latestSnapshot(String reviewSource, String reviewId) {
        return em.createQuery("SELECT s FROM PersonaChangeSnapshot s WHERE s.reviewSource = :source"
                        + " AND s.reviewId = :review ORDER BY s.appliedAt DESC, s.id DESC", PersonaChangeSnapshot.class)
                .setParameter("source", reviewSource)
                .setParameter("review", reviewId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /** Batches, latest started first. */
    public List<LearningBatch> batches(String groupId, int limit, int offset) {
        TypedQuery<LearningBatch> query = em.createQuery("SELECT b FROM LearningBatch b"
                + (given(groupId) ? " WHERE b.groupId = :group" : "")
                + " ORDER BY b.startTime DESC, b.id DESC", LearningBatch.class);
        if (given(groupId)) {
            query.setParameter("group", groupId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Sessions, latest started first; {@code startedAfter} (epoch seconds) filters when not null. */
    public List<LearningSession> sessions(String groupId, Double startedAfter, int limit, int offset) {
        StringBuilder jpql = new StringBuilder("SELECT s FROM LearningSession s WHERE 1 = 1");
        if (given(groupId)) {
            jpql.append(" AND s.groupId = :group");
        }
        if (startedAfter != null) {
            jpql.append(" AND s.startTime > :after");
        }
        TypedQuery<LearningSession> query = em.createQuery(jpql + " ORDER BY s.startTime DESC, s.id DESC",
                LearningSession.class);
        if (given(groupId)) {
            query.setParameter("group", groupId);
        }
        if (startedAfter != null) {
            query.setParameter("after", startedAfter);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public Optional<LearningSession> session(String sessionId) {
        return em.createQuery("SELECT s FROM LearningSession s WHERE s.sessionId = :id", LearningSession.class)
                .setParameter("id", sessionId).getResultStream().findFirst();
    }

    public long personaReviews(String status) {
        return count("SELECT COUNT(r) FROM PersonaLearningReview r WHERE r.status = :status", status);
    }

    /** Style reviews, all of them when {@code status} is null. */
    public long styleReviews(String status) {
        return count("SELECT COUNT(r) FROM StyleLearningReview r" + (status == null ? "" : " WHERE r.status = :status"),
                status);
    }

    public long stylePatterns() {
        return count("SELECT COUNT(p) FROM StyleLearningPattern p", null);
    }

    public long filteredMessages() {
        return count("SELECT COUNT(f) FROM FilteredMessage f", null);
    }

    /** The latest {@code points} batches that were scored and processed messages. */
    public List<LearningBatch> scoredBatches(String groupId, int points) {
        TypedQuery<LearningBatch> query = em.createQuery("SELECT b FROM LearningBatch b"
                + " WHERE b.qualityScore IS NOT NULL AND b.processedMessages > 0"
                + (given(groupId) ? " AND b.groupId = :group" : "")
                + " ORDER BY b.startTime DESC, b.id DESC", LearningBatch.class);
        if (given(groupId)) {
            query.setParameter("group", groupId);
        }
        return query.setMaxResults(points).getResultList();
    }

    /** Style learning patterns per pattern type, in type order. */
    public Map<String, Long> patternCounts(String groupId) {
        TypedQuery<Object[]> query = em.createQuery("SELECT p.patternType, COUNT(p) FROM StyleLearningPattern p"
                + (given(groupId) ? " WHERE p.groupId = :group" : "")
                + " GROUP BY p.patternType ORDER BY p.patternType", Object[].class);
        if (given(groupId)) {
            query.setParameter("group", groupId);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private long count(String jpql, String status) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.getSingleResult();
    }

    private static boolean given(String groupId) {
        return groupId != null && !groupId.isEmpty();
    }
}
