package dev.botstore.facades.reinforcement;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.TimeInput;
import dev.botstore.api.reinforcement.NewPersonaFusion;
import dev.botstore.api.reinforcement.NewReinforcementResult;
import dev.botstore.api.reinforcement.NewStrategyOptimization;
import dev.botstore.api.reinforcement.PerformanceRecord;
import dev.botstore.api.reinforcement.PersonaFusion;
import dev.botstore.api.reinforcement.Reinforcement;
import dev.botstore.api.reinforcement.ReinforcementResult;
import dev.botstore.api.reinforcement.StrategyOptimization;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.persistence.reinforcement.LearningPerformanceHistory;
import dev.botstore.persistence.reinforcement.PersonaFusionHistory;
import dev.botstore.persistence.reinforcement.ReinforcementLearningResult;
import dev.botstore.persistence.reinforcement.StrategyOptimizationResult;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The original's ReinforcementFacade, plus reads of what its saves store (the original had none
 * for reinforcement and strategy results). Lists are newest first; equal timestamps newest id first.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
public class ReinforcementFacade implements Reinforcement {

    @EJB
    private Databases databases;

    @Override
    public List<PerformanceRecord> performanceHistory(String groupId, int limit, int offset) {
        return page(LearningPerformanceHistory.class, "LearningPerformanceHistory", groupId, limit, offset).stream()
                .map(row -> new PerformanceRecord(row.getSessionId(), row.getTimestamp(), orZero(row.getQualityScore()),
                        orZero(row.getLearningTime()), Boolean.TRUE.equals(row.getSuccess()),
                        orBlank(row.getSuccessfulPattern()), orBlank(row.getFailedPattern())))
                .toList();
    }

    @Override
    public ReinforcementResult addReinforcementResult(NewReinforcementResult result) {
        var row = new ReinforcementLearningResult();
        row.setGroupId(Checks.id("group_id", result.groupId(), 255));
        row.setTimestamp(seconds(result.timestamp()));
        row.setReplayAnalysis(result.replayAnalysis());
        row.setOptimizationStrategy(result.optimizationStrategy());
        row.setReinforcementFeedback(result.reinforcementFeedback());
        row.setNextAction(result.nextAction());
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        return result(insert(row));
    }

    @Override
    public Optional<ReinforcementResult> reinforcementResult(int id) {
        return Optional.ofNullable(em().find(ReinforcementLearningResult.class, id)).map(ReinforcementFacade::result);
    }

    @Override
    public List<ReinforcementResult> reinforcementResults(String groupId, int limit, int offset) {
        return page(ReinforcementLearningResult.class, "ReinforcementLearningResult", groupId, limit, offset).stream()
                .map(ReinforcementFacade::result).toList();
    }

    @Override
    public PersonaFusion addPersonaFusion(NewPersonaFusion fusion) {
        var row = new PersonaFusionHistory();
        row.setGroupId(Checks.id("group_id", fusion.groupId(), 255));
        row.setTimestamp(seconds(fusion.timestamp()));
        row.setBasePersonaHash(fusion.basePersonaHash());
        row.setIncrementalHash(fusion.incrementalHash());
        row.setFusionResult(fusion.fusionResult());
        row.setCompatibilityScore(Checks.finite("compatibility_score", fusion.compatibilityScore()));
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        return fusion(insert(row));
    }

    @Override
    public Optional<PersonaFusion> personaFusion(int id) {
        return Optional.ofNullable(em().find(PersonaFusionHistory.class, id)).map(ReinforcementFacade::fusion);
    }

    @Override
    public List<PersonaFusion> personaFusions(String groupId, int limit, int offset) {
        return page(PersonaFusionHistory.class, "PersonaFusionHistory", groupId, limit, offset).stream()
                .map(ReinforcementFacade::fusion).toList();
    }

    @Override
    public StrategyOptimization addStrategyOptimization(NewStrategyOptimization optimization) {
        var row = new StrategyOptimizationResult();
        row.setGroupId(Checks.id("group_id", optimization.groupId(), 255));
        row.setTimestamp(seconds(optimization.timestamp()));
        row.setStrategyType(Checks.length("strategy_type", optimization.strategyType(), 100));
        row.setOptimizationDetails(optimization.optimizationDetails());
        row.setPerformanceMetrics(optimization.performanceMetrics());
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        return optimization(insert(row));
    }

    @Override
    public Optional<StrategyOptimization> strategyOptimization(int id) {
        return Optional.ofNullable(em().find(StrategyOptimizationResult.class, id))
                .map(ReinforcementFacade::optimization);
    }

    @Override
    public List<StrategyOptimization> strategyOptimizations(String groupId, int limit, int offset) {
        return page(StrategyOptimizationResult.class, "StrategyOptimizationResult", groupId, limit, offset).stream()
                .map(ReinforcementFacade::optimization).toList();
    }

    /** One group's rows, newest first. */
    private <T> List<T> page(Class<T> type, String entity, String groupId, int limit, int offset) {
        Checks.id("group_id", groupId, 255);
        Checks.positive("limit", limit);
        Checks.notNegative("offset", offset);
        return em().createQuery("SELECT r FROM " + entity + " r WHERE r.groupId = :group"
                        + " ORDER BY r.timestamp DESC, r.id DESC", type)
                .setParameter("group", groupId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private <T> T insert(T row) {
        EntityManager em = em();
        em.persist(row);
        em.flush();
        return row;
    }

    private static double seconds(Instant time) {
        return TimeInput.epochSeconds(time == null ? Instant.now() : time);
    }

    private static ReinforcementResult result(ReinforcementLearningResult row) {
        return new ReinforcementResult(row.getId(), row.getGroupId(), row.getTimestamp(),
                JsonColumns.read(row.getReplayAnalysis()), JsonColumns.read(row.getOptimizationStrategy()),
                JsonColumns.read(row.getReinforcementFeedback()), JsonColumns.read(row.getNextAction()),
                row.getCreatedAt());
    }

    private static PersonaFusion fusion(PersonaFusionHistory row) {
        return new PersonaFusion(row.getId(), row.getGroupId(), row.getTimestamp(), row.getBasePersonaHash(),
                row.getIncrementalHash(), JsonColumns.read(row.getFusionResult()), row.getCompatibilityScore(),
                row.getCreatedAt());
    }

    private static StrategyOptimization optimization(StrategyOptimizationResult row) {
        return new StrategyOptimization(row.getId(), row.getGroupId(), row.getTimestamp(), row.getStrategyType(),
                JsonColumns.read(row.getOptimizationDetails()), JsonColumns.read(row.getPerformanceMetrics()),
                row.getCreatedAt());
    }

    private static double orZero(Double value) {
        return value == null ? 0.0 : value;
    }

    /** The original answers a missing pattern with "". */
    private static JsonValue orBlank(String text) {
        return text == null ? Json.createValue("") : JsonColumns.read(text);
    }

    private EntityManager em() {
        return databases.entityManager();
    }
}
