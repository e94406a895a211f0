package dev.botstore.facades.learning;

import dev.botstore.api.learning.LearningCounts;
import dev.botstore.api.learning.ReviewStatus;
import dev.botstore.api.learning.StyleProgress;
import dev.botstore.api.learning.StyleReviewStatistics;
import dev.botstore.persistence.learning.LearningBatch;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The learning dashboard's counts and charts. */
final class LearningStatistics {

    private static final int PROGRESS_POINTS = 30;

    private final EntityManager em;

    LearningStatistics(EntityManager em) {
        this.em = em;
    }

    LearningCounts counts() {
        return new LearningCounts(
                count("SELECT COUNT(r) FROM PersonaLearningReview r WHERE r.status = '" + ReviewStatus.PENDING + "'"),
                count("SELECT COUNT(p) FROM StyleLearningPattern p"),
                count("SELECT COUNT(f) FROM FilteredMessage f"));
    }

    StyleReviewStatistics styleReviews() {
        String all = "SELECT COUNT(r) FROM StyleLearningReview r";
        return new StyleReviewStatistics(count(all),
                count(all + " WHERE r.status = '" + ReviewStatus.PENDING + "'"),
                count(all + " WHERE r.status = '" + ReviewStatus.APPROVED + "'"));
    }

    List<StyleProgress> styleProgress(String groupId) {
        TypedQuery<LearningBatch> query = em.createQuery("SELECT b FROM LearningBatch b"
                + " WHERE b.qualityScore IS NOT NULL AND b.processedMessages > 0"
                + (LearningJson.given(groupId) ? " AND b.groupId = :group" : "")
                + " ORDER BY b.startTime DESC, b.id DESC", LearningBatch.class);
        if (LearningJson.given(groupId)) {
            query.setParameter("group", groupId);
        }
        return query.setMaxResults(PROGRESS_POINTS).getResultStream().map(b -> new StyleProgress(b.getGroupId(),
                orZero(b.getStartTime()), orZero(b.getQualityScore()), Boolean.TRUE.equals(b.getSuccess()),
                orZero(b.getProcessedMessages()), orZero(b.getFilteredCount()), orZero(b.getMessageCount()),
                LearningJson.orEmpty(b.getBatchName()))).toList();
    }

    Map<String, Long> patternCounts(String groupId) {
        TypedQuery<Object[]> query = em.createQuery("SELECT p.patternType, COUNT(p) FROM StyleLearningPattern p"
                + (LearningJson.given(groupId) ? " WHERE p.groupId = :group" : "")
                + " GROUP BY p.patternType ORDER BY p.patternType", Object[].class);
        if (LearningJson.given(groupId)) {
            query.setParameter("group", groupId);
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
