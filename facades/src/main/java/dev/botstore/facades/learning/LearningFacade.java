package dev.botstore.facades.learning;

import dev.botstore.api.input.Paging;
import dev.botstore.api.learning.ChangeSnapshot;
import dev.botstore.api.learning.Learning;
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
import dev.botstore.api.security.Roles;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The original's LearningFacade. Checks paging here; each operation is one transaction of
 * {@link LearningTransactions}, retried on a deadlock or lock timeout unless it runs inside a
 * caller's transaction.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class LearningFacade implements Learning {

    @EJB
    private LearningTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public PersonaReview addPersonaReview(PersonaReviewInput input) {
        return retrying(() -> transactions.addPersonaReview(input));
    }

    @Override
    public List<PersonaReview> personaReviews(ReviewFilter filter) {
        return retrying(() -> transactions.personaReviews(filter));
    }

    @Override
    public Optional<PersonaReview> personaReview(int id) {
        return retrying(() -> transactions.personaReview(id));
    }

    @Override
    public PersonaReview changePersonaReviewStatus(int id, StatusChange change) {
        return retrying(() -> transactions.changePersonaReviewStatus(id, change));
    }

    @Override
    public PersonaReview patchPersonaReviewMetadata(int id, String patch) {
        return retrying(() -> transactions.patchPersonaReviewMetadata(id, patch));
    }

    @Override
    public boolean deletePersonaReview(int id) {
        return retrying(() -> transactions.deletePersonaReview(id));
    }

    @Override
    public StyleReview addStyleReview(StyleReviewInput input) {
        return retrying(() -> transactions.addStyleReview(input));
    }

    @Override
    public List<StyleReview> styleReviews(ReviewFilter filter) {
        return retrying(() -> transactions.styleReviews(filter));
    }

    @Override
    public Optional<StyleReview> styleReview(int id) {
        return retrying(() -> transactions.styleReview(id));
    }

    @Override
    public StyleReview changeStyleReviewStatus(int id, StatusChange change) {
        return retrying(() -> transactions.changeStyleReviewStatus(id, change));
    }

    @Override
    public StyleReview patchStyleReviewMetadata(int id, String patch) {
        return retrying(() -> transactions.patchStyleReviewMetadata(id, patch));
    }

    @Override
    public boolean deleteStyleReview(int id) {
        return retrying(() -> transactions.deleteStyleReview(id));
    }

    @Override
    public List<String> approvedFewShots(String groupId, int limit) {
        Paging.check(limit, 0, Learning.MAX_PAGE);
        return retrying(() -> transactions.approvedFewShots(groupId, limit));
    }

    @Override
    public ChangeSnapshot saveSnapshot(SnapshotInput input) {
        return retrying(() -> transactions.saveSnapshot(input));
    }

    @Override
    public Optional<ChangeSnapshot> snapshot(int id) {
        return retrying(() -> transactions.snapshot(id));
    }

    @Override
    public Optional<ChangeSnapshot> latestSnapshot(String reviewSource, String reviewId) {
        return retrying(() -> transactions.latestSnapshot(reviewSource, reviewId));
    }

    @Override
    public List<LearningBatchView> learningBatches(String groupId, int limit, int offset) {
        Paging.check(limit, offset, Learning.MAX_PAGE);
        return retrying(() -> transactions.learningBatches(groupId, limit, offset));
    }

    @Override
    public List<LearningSessionView> learningSessions(String groupId, Instant startedAfter, int limit, int offset) {
        Paging.check(limit, offset, Learning.MAX_PAGE);
        return retrying(() -> transactions.learningSessions(groupId, startedAfter, limit, offset));
    }

    @Override
    public Optional<LearningSessionView> learningSession(String sessionId) {
        return retrying(() -> transactions.learningSession(sessionId));
    }

    @Override
    public LearningSessionView saveLearningSession(String sessionId, SessionInput input) {
        return retrying(() -> transactions.saveLearningSession(sessionId, input));
    }

    @Override
    public PerformanceRecord savePerformance(PerformanceInput input) {
        return retrying(() -> transactions.savePerformance(input));
    }

    @Override
    public Optional<PerformanceRecord> performance(int id) {
        return retrying(() -> transactions.performance(id));
    }

    @Override
    public LearningCounts counts() {
        return retrying(() -> transactions.counts());
    }

    @Override
    public StyleReviewStatistics styleReviewStatistics() {
        return retrying(() -> transactions.styleReviewStatistics());
    }

    @Override
    public List<StyleProgress> styleProgress(String groupId) {
        return retrying(() -> transactions.styleProgress(groupId));
    }

    @Override
    public Map<String, Long> patternCounts(String groupId) {
        return retrying(() -> transactions.patternCounts(groupId));
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
