package dev.botstore.api.reinforcement;

import java.util.List;
import java.util.Optional;

/**
 * The original's ReinforcementFacade: the learning performance history of a group, and the
 * reinforcement, persona fusion and strategy optimisation results it stores. Lists are newest
 * first (by {@code timestamp}, then by id).
 */
public interface Reinforcement {

    List<PerformanceRecord> performanceHistory(String groupId, int limit, int offset);

    ReinforcementResult addReinforcementResult(NewReinforcementResult result);

    Optional<ReinforcementResult> reinforcementResult(int id);

    List<ReinforcementResult> reinforcementResults(String groupId, int limit, int offset);

    PersonaFusion addPersonaFusion(NewPersonaFusion fusion);

    Optional<PersonaFusion> personaFusion(int id);

    List<PersonaFusion> personaFusions(String groupId, int limit, int offset);

    StrategyOptimization addStrategyOptimization(NewStrategyOptimization optimization);

    Optional<StrategyOptimization> strategyOptimization(int id);

    List<StrategyOptimization> strategyOptimizations(String groupId, int limit, int offset);
}
