package dev.botstore.api.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learning pipeline's records: persona reviews (a.k.a. persona update records), style reviews and
 * the few-shot dialogs of approved ones, persona change snapshots, learning batches, sessions and
 * performance, and their counts. A status change or metadata patch touches exactly the row it names
 * and answers 404 for an unknown id.
 */
public interface Learning {

    /** The largest page any list of this facade gives. */
    int MAX_PAGE = 500;

    // persona reviews (table persona_update_reviews)

    PersonaReview addPersonaReview(PersonaReviewInput input);

    List<PersonaReview> personaReviews(ReviewFilter filter);

    Optional<PersonaReview> personaReview(int id);

    PersonaReview changePersonaReviewStatus(int id, StatusChange change);

    /** Shallow merge: top-level keys of {@code patch} (a JSON object's text) replace the stored ones. */
    PersonaReview patchPersonaReviewMetadata(int id, String patch);

    boolean deletePersonaReview(int id);

    // style reviews (table style_learning_reviews)

    StyleReview addStyleReview(StyleReviewInput input);

    List<StyleReview> styleReviews(ReviewFilter filter);

    Optional<StyleReview> styleReview(int id);

    StyleReview changeStyleReviewStatus(int id, StatusChange change);

    StyleReview patchStyleReviewMetadata(int id, String patch);

    boolean deleteStyleReview(int id);

    /** The few-shot dialogs of the group's approved style reviews, newest created first. */
    List<String> approvedFewShots(String groupId, int limit);

    // persona change snapshots

    ChangeSnapshot saveSnapshot(SnapshotInput input);

    Optional<ChangeSnapshot> snapshot(int id);

    /** The latest snapshot of one review. */
    Optional<ChangeSnapshot> latestSnapshot(String reviewSource, String reviewId);

    // batches, sessions, performance

    /** Newest started first; {@code groupId} null = every group. */
    List<LearningBatchView> learningBatches(String groupId, int limit, int offset);

    /**
     * Newest started first: of one group when {@code groupId} is not null, started after
     * {@code startedAfter} when that is not null.
     */
    List<LearningSessionView> learningSessions(String groupId, Instant startedAfter, int limit, int offset);

    Optional<LearningSessionView> learningSession(String sessionId);

    /** Creates the session or updates it (an atomic upsert on the unique session id). */
    LearningSessionView saveLearningSession(String sessionId, SessionInput input);

    PerformanceRecord savePerformance(PerformanceInput input);

    Optional<PerformanceRecord> performance(int id);

    // statistics

    LearningCounts counts();

    StyleReviewStatistics styleReviewStatistics();

    /** The last 30 scored batches with processed messages, newest first. */
    List<StyleProgress> styleProgress(String groupId);

    /** Style patterns per pattern type. */
    Map<String, Long> patternCounts(String groupId);
}
