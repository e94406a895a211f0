package dev.botstore.facades.learning;

import dev.botstore.api.learning.LearningCounts;
import dev.botstore.api.learning.ReviewStatus;
import dev.botstore.api.learning.StyleProgress;
import dev.botstore.api.learning.StyleReviewStatistics;
import dev.botstore.persistence.learning.LearningStore;
import java.util.List;
import java.util.Map;

/** The learning dashboard's counts and charts. */
final class LearningStatistics {

    private static final int PROGRESS_POINTS = 30;

    private final LearningStore store;

    LearningStatistics(LearningStore store) {
        this.store = store;
    }

    LearningCounts counts() {
        return new LearningCounts(
                store.personaReviews(ReviewStatus.PENDING), store.stylePatterns(), store.filteredMessages());
    }

    StyleReviewStatistics styleReviews() {
        return new StyleReviewStatistics(store.styleReviews(null), store.styleReviews(ReviewStatus.PENDING),
                store.styleReviews(ReviewStatus.APPROVED));
    }

    List<StyleProgress> styleProgress(String groupId) {
        return store.scoredBatches(groupId, PROGRESS_POINTS).stream().map(b -> new StyleProgress(b.getGroupId(),
                orZero(b.getStartTime()), orZero(b.getQualityScore()), Boolean.TRUE.equals(b.getSuccess()),
                orZero(b.getProcessedMessages()), orZero(b.getFilteredCount()), orZero(b.getMessageCount()),
                LearningJson.orEmpty(b.getBatchName()))).toList();
    }

    Map<String, Long> patternCounts(String groupId) {
        return store.patternCounts(groupId);
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
