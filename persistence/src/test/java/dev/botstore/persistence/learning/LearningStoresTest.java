package dev.botstore.persistence.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.api.learning.ReviewStatus;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The review lists and the learning dashboard's queries, on each backend. */
class LearningStoresTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void reviewedListsPutTheLatestDecisionFirstAndTheUndecidedLast(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            db.inTransaction(em -> {
                ReviewStore store = new ReviewStore(em);
                store.insert(review("a", ReviewStatus.APPROVED, 10.0, "shots a"));
                store.insert(review("b", ReviewStatus.REJECTED, 30.0, ""));
                store.insert(review("c", ReviewStatus.APPROVED, null, "shots c"));
                store.insert(review("d", ReviewStatus.PENDING, null, "shots d"));
                return null;
            });
            assertEquals(List.of("b", "a", "c"), db.inTransaction(em -> new ReviewStore(em)
                    .list(StyleLearningReview.class, new ReviewFilter(ReviewFilter.REVIEWED, "g", 10, 0))).stream()
                    .map(StyleLearningReview::getDescription).toList());
            assertEquals(List.of("shots c", "shots a"), db.inTransaction(em -> new ReviewStore(em)
                    .approvedFewShots("g", 10)), "approved with dialog text, newest first");
            assertEquals(4L, (long) db.inTransaction(em -> new LearningStore(em).styleReviews(null)));
            assertEquals(1L, (long) db.inTransaction(em -> new LearningStore(em).styleReviews(ReviewStatus.PENDING)));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void batchesComeLatestFirstAndOnlyScoredOnesMakeProgress(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            db.inTransaction(em -> {
                LearningStore store = new LearningStore(em);
                store.insert(batch("g", "first", 10.0, 0.5, 5));
                store.insert(batch("g", "unscored", 20.0, null, 5));
                store.insert(batch("other", "elsewhere", 30.0, 0.9, 5));
                return null;
            });
            assertEquals(List.of("unscored", "first"), db.inTransaction(em -> new LearningStore(em)
                    .batches("g", 10, 0)).stream().map(LearningBatch::getBatchName).toList());
            assertEquals(List.of("elsewhere", "first"), db.inTransaction(em -> new LearningStore(em)
                    .scoredBatches("", 30)).stream().map(LearningBatch::getBatchName).toList());
        }
    }

    private static StyleLearningReview review(String name, String status, Double decided, String shots) {
        StyleLearningReview row = new StyleLearningReview();
        row.setType("t");
        row.setGroupId("g");
        row.setTimestamp(decided == null ? 50.0 : decided);
        row.setStatus(status);
        row.setDescription(name);
        row.setFewShotsContent(shots);
        row.setReviewTime(decided);
        return row;
    }

    private static LearningBatch batch(String group, String name, double start, Double quality, int processed) {
        LearningBatch row = new LearningBatch();
        row.setGroupId(group);
        row.setBatchName(name);
        row.setStartTime(start);
        row.setQualityScore(quality);
        row.setProcessedMessages(processed);
        return row;
    }
}
