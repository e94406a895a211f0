package dev.botstore.facades.learning;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
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
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The original's LearningFacade: one container-managed transaction per operation (REQUIRED; the session
 * upsert has its own, in {@link LearningSessionWrites}, to be retried). The work is done by one helper
 * per sub-topic over the transaction's EntityManager.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
public class LearningFacade implements Learning {

    @EJB
    private Databases databases;

    @EJB
    private LearningSessionWrites sessionWrites;

    @Resource
    private TransactionSynchronizationRegistry registry;

    private EntityManager em() {
        return databases.entityManager();
    }

    @Override
    public PersonaReview addPersonaReview(PersonaReviewInput input) {
        return new PersonaReviews(em()).add(input);
    }

    @Override
    public List<PersonaReview> personaReviews(ReviewFilter filter) {
        return new PersonaReviews(em()).list(filter);
    }

    @Override
    public Optional<PersonaReview> personaReview(int id) {
        return new PersonaReviews(em()).find(id);
    }

    @Override
    public PersonaReview changePersonaReviewStatus(int id, StatusChange change) {
        return new PersonaReviews(em()).changeStatus(id, change);
    }

    @Override
    public PersonaReview patchPersonaReviewMetadata(int id, String patch) {
        return new PersonaReviews(em()).patchMetadata(id, patch);
    }

    @Override
    public boolean deletePersonaReview(int id) {
        return new PersonaReviews(em()).delete(id);
    }

    @Override
    public StyleReview addStyleReview(StyleReviewInput input) {
        return new StyleReviews(em()).add(input);
    }

    @Override
    public List<StyleReview> styleReviews(ReviewFilter filter) {
        return new StyleReviews(em()).list(filter);
    }

    @Override
    public Optional<StyleReview> styleReview(int id) {
        return new StyleReviews(em()).find(id);
    }

    @Override
    public StyleReview changeStyleReviewStatus(int id, StatusChange change) {
        return new StyleReviews(em()).changeStatus(id, change);
    }

    @Override
    public StyleReview patchStyleReviewMetadata(int id, String patch) {
        return new StyleReviews(em()).patchMetadata(id, patch);
    }

    @Override
    public boolean deleteStyleReview(int id) {
        return new StyleReviews(em()).delete(id);
    }

    @Override
    public List<String> approvedFewShots(String groupId, int limit) {
        Paging.check(limit, 0, Learning.MAX_PAGE);
        return new StyleReviews(em()).approvedFewShots(groupId, limit);
    }

    @Override
    public ChangeSnapshot saveSnapshot(SnapshotInput input) {
        return new LearningRuns(em()).saveSnapshot(input);
    }

    @Override
    public Optional<ChangeSnapshot> snapshot(int id) {
        return new LearningRuns(em()).snapshot(id);
    }

    @Override
    public Optional<ChangeSnapshot> latestSnapshot(String reviewSource, String reviewId) {
        return new LearningRuns(em()).latestSnapshot(reviewSource, reviewId);
    }

    @Override
    public List<LearningBatchView> learningBatches(String groupId, int limit, int offset) {
        Paging.check(limit, offset, Learning.MAX_PAGE);
        return new LearningRuns(em()).batches(groupId, limit, offset);
    }

    @Override
    public List<LearningSessionView> learningSessions(String groupId, Instant startedAfter, int limit, int offset) {
        Paging.check(limit, offset, Learning.MAX_PAGE);
        return new LearningRuns(em()).sessions(groupId, startedAfter, limit, offset);
    }

    @Override
    public Optional<LearningSessionView> learningSession(String sessionId) {
        return new LearningRuns(em()).session(sessionId);
    }

    /** Retried on a deadlock or lock timeout, unless it runs inside a caller's transaction. */
    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LearningSessionView saveLearningSession(String sessionId, SessionInput input) {
        return RetriedTransactions.run(registry, () -> sessionWrites.save(sessionId, input));
    }

    @Override
    public PerformanceRecord savePerformance(PerformanceInput input) {
        return new LearningRuns(em()).savePerformance(input);
    }

    @Override
    public Optional<PerformanceRecord> performance(int id) {
        return new LearningRuns(em()).performance(id);
    }

    @Override
    public LearningCounts counts() {
        return new LearningStatistics(em()).counts();
    }

    @Override
    public StyleReviewStatistics styleReviewStatistics() {
        return new LearningStatistics(em()).styleReviews();
    }

    @Override
    public List<StyleProgress> styleProgress(String groupId) {
        return new LearningStatistics(em()).styleProgress(groupId);
    }

    @Override
    public Map<String, Long> patternCounts(String groupId) {
        return new LearningStatistics(em()).patternCounts(groupId);
    }
}
