package dev.botstore.facades.reinforcement;

import dev.botstore.api.TimeInput;
import dev.botstore.api.reinforcement.NewPersonaFusion;
import dev.botstore.api.reinforcement.NewReinforcementResult;
import dev.botstore.api.reinforcement.NewStrategyOptimization;
import dev.botstore.api.reinforcement.PerformanceRecord;
import dev.botstore.api.reinforcement.PersonaFusion;
import dev.botstore.api.reinforcement.ReinforcementResult;
import dev.botstore.api.reinforcement.StrategyOptimization;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.persistence.reinforcement.LearningPerformanceHistory;
import dev.botstore.persistence.reinforcement.PersonaFusionHistory;
import dev.botstore.persistence.reinforcement.ReinforcementLearningResult;
import dev.botstore.persistence.reinforcement.ReinforcementStore;
import dev.botstore.persistence.reinforcement.StrategyOptimizationResult;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * One container-managed transaction per reinforcement operation, on checked input;
 * {@link ReinforcementFacade} validates before and retries around these. A missing timestamp is now.
 */
@Stateless
@LocalBean
public class ReinforcementTransactions {

    @EJB
    private Databases databases;

    public List<PerformanceRecord> performanceHistory(String groupId, int limit, int offset) {
        return store().page(LearningPerformanceHistory.class, groupId, limit, offset).stream()
                .map(row -> new PerformanceRecord(row.getSessionId(), row.getTimestamp(), orZero(row.getQualityScore()),
                        orZero(row.getLearningTime()), Boolean.TRUE.equals(row.getSuccess()),
                        orBlank(row.getSuccessfulPattern()), orBlank(row.getFailedPattern())))
                .toList();
    }

    public ReinforcementResult addReinforcementResult(NewReinforcementResult result) {
        var row = new ReinforcementLearningResult();
        row.setGroupId(result.groupId());
        row.setTimestamp(seconds(result.timestamp()));
        row.setReplayAnalysis(result.replayAnalysis());
        row.setOptimizationStrategy(result.optimizationStrategy());
        row.setReinforcementFeedback(result.reinforcementFeedback());
        row.setNextAction(result.nextAction());
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        return result(store().insert(row));
    }

    public Optional<ReinforcementResult> reinforcementResult(int id) {
        return store().find(ReinforcementLearningResult.class, id).map(ReinforcementTransactions::result);
    }

    public List<ReinforcementResult> reinforcementResults(String groupId, int limit, int offset) {
        return store().page(ReinforcementLearningResult.class, groupId, limit, offset).stream()
                .map(ReinforcementTransactions::result).toList();
    }

    public PersonaFusion addPersonaFusion(NewPersonaFusion fusion) {
        var row = new PersonaFusionHistory();
        row.setGroupId(fusion.groupId());
        row.setTimestamp(seconds(fusion.timestamp()));
        row.setBasePersonaHash(fusion.basePersonaHash());
        row.setIncrementalHash(fusion.incrementalHash());
        row.setFusionResult(fusion.fusionResult());
        row.setCompatibilityScore(fusion.compatibilityScore());
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        return fusion(store().insert(row));
    }

    public Optional<PersonaFusion> personaFusion(int id) {
        return store().find(PersonaFusionHistory.class, id).map(ReinforcementTransactions::fusion);
    }

    public List<PersonaFusion> personaFusions(String groupId, int limit, int offset) {
        return store().page(PersonaFusionHistory.class, groupId, limit, offset).stream()
                .map(ReinforcementTransactions::fusion).toList();
    }

    public StrategyOptimization addStrategyOptimization(NewStrategyOptimization optimization) {
        var row = new StrategyOptimizationResult();
        row.setGroupId(optimization.groupId());
        row.setTimestamp(seconds(optimization.timestamp()));
        row.setStrategyType(optimization.strategyType());
        row.setOptimizationDetails(optimization.optimizationDetails());
        row.setPerformanceMetrics(optimization.performanceMetrics());
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        return optimization(store().insert(row));
    }

    public Optional<StrategyOptimization> strategyOptimization(int id) {
        return store().find(StrategyOptimizationResult.class, id).map(ReinforcementTransactions::optimization);
    }

    public List<StrategyOptimization> strategyOptimizations(String groupId, int limit, int offset) {
        return store().page(StrategyOptimizationResult.class, groupId, limit, offset).stream()
                .map(ReinforcementTransactions::optimization).toList();
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

    private ReinforcementStore store() {
        return new ReinforcementStore(databases.entityManager());
    }
}
