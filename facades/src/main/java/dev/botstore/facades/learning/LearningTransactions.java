package dev.botstore.facades.learning;

import dev.botstore.api.learning.ChangeSnapshot;
import dev.botstore.api.learning.LearningBatchView;
import dev.botstore.api.learning.LearningCounts;
import dev.botstore.api.learning.LearningSessionView;
import dev.botstore.api.learning.PerformanceInput;
import dev.botstore.api.learning.PerformanceRecord;
import dev.botstore.api.learning.PersonaReview;
import dev.botstore.api.learning.PersonaReviewInput;
import dev.botstore.api.learning.ReviewFilter;
import dev.botstore.api.learning.SessionInput;
import dev.botstore.api.learning.SnapshotInput;
import dev.botstore.api.learning.StatusChange;
import dev.botstore.api.learning.StyleProgress;
import dev.botstore.api.learning.StyleReview;
import dev.botstore.api.learning.StyleReviewInput;
import dev.botstore.api.learning.StyleReviewStatistics;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.learning.LearningSessionStore;
import dev.botstore.persistence.learning.LearningStore;
import dev.botstore.persistence.learning.ReviewStore;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container-managed transaction per learning operation; {@link LearningFacade} checks paging
 * before and retries around these (MySQL may sacrifice one of two racing first reports of a session
 * to a deadlock). The work is done by one helper per sub-topic over the persistence stores.
 */
@Stateless
@LocalBean
public class LearningTransactions {

    @EJB
    private Databases databases;

    public PersonaReview addPersonaReview(PersonaReviewInput input) {
        return new PersonaReviews(reviews()).add(input);
    }

    public List<PersonaReview> personaReviews(ReviewFilter filter) {
        return new PersonaReviews(reviews()).list(filter);
    }

    public Optional<PersonaReview> personaReview(int id) {
        return new PersonaReviews(reviews()).find(id);
    }

    public PersonaReview changePersonaReviewStatus(int id, StatusChange change) {
        return new PersonaReviews(reviews()).changeStatus(id, change);
    }

    public PersonaReview patchPersonaReviewMetadata(int id, String patch) {
        return new PersonaReviews(reviews()).patchMetadata(id, patch);
    }

    public boolean deletePersonaReview(int id) {
        return new PersonaReviews(reviews()).delete(id);
    }

    public StyleReview addStyleReview(StyleReviewInput input) {
        return new StyleReviews(reviews()).add(input);
    }

    public List<StyleReview> styleReviews(ReviewFilter filter) {
        return new StyleReviews(reviews()).list(filter);
    }

    public Optional<StyleReview> styleReview(int id) {
        return new StyleReviews(reviews()).find(id);
    }

    public StyleReview changeStyleReviewStatus(int id, StatusChange change) {
        return new StyleReviews(reviews()).changeStatus(id, change);
    }

    public StyleReview patchStyleReviewMetadata(int id, String patch) {
        return new StyleReviews(reviews()).patchMetadata(id, patch);
    }

    public boolean deleteStyleReview(int id) {
        return new StyleReviews(reviews()).delete(id);
    }

    public List<String> approvedFewShots(String groupId, int limit) {
        return new StyleReviews(reviews()).approvedFewShots(groupId, limit);
    }

    public ChangeSnapshot saveSnapshot(SnapshotInput input) {
        return runs().saveSnapshot(input);
    }

    public Optional<ChangeSnapshot> snapshot(int id) {
        return runs().snapshot(id);
    }

    public Optional<ChangeSnapshot> latestSnapshot(String reviewSource, String reviewId) {
        return runs().latestSnapshot(reviewSource, reviewId);
    }

    public List<LearningBatchView> learningBatches(String groupId, int limit, int offset) {
        return runs().batches(groupId, limit, offset);
    }

    public List<LearningSessionView> learningSessions(String groupId, Instant startedAfter, int limit, int offset) {
        return runs().sessions(groupId, startedAfter, limit, offset);
    }

    public Optional<LearningSessionView> learningSession(String sessionId) {
        return runs().session(sessionId);
    }

    public LearningSessionView saveLearningSession(String sessionId, SessionInput input) {
        return new LearningRuns(store(), sessions()).saveSession(sessionId, input);
    }

    public PerformanceRecord savePerformance(PerformanceInput input) {
        return runs().savePerformance(input);
    }

    public Optional<PerformanceRecord> performance(int id) {
        return runs().performance(id);
    }

    public LearningCounts counts() {
        return new LearningStatistics(store()).counts();
    }

    public StyleReviewStatistics styleReviewStatistics() {
        return new LearningStatistics(store()).styleReviews();
    }

    public List<StyleProgress> styleProgress(String groupId) {
        return new LearningStatistics(store()).styleProgress(groupId);
    }

    public Map<String, Long> patternCounts(String groupId) {
        return new LearningStatistics(store()).patternCounts(groupId);
    }

    private LearningRuns runs() {
        return new LearningRuns(store(), sessions());
    }

    private LearningStore store() {
        return new LearningStore(databases.entityManager());
    }

    private LearningSessionStore sessions() {
        return new LearningSessionStore(databases.entityManager());
    }

    private ReviewStore reviews() {
        return new ReviewStore(databases.entityManager());
    }
}
