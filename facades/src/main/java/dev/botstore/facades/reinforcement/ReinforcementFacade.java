package dev.botstore.facades.reinforcement;

import dev.botstore.api.reinforcement.NewPersonaFusion;
import dev.botstore.api.reinforcement.NewReinforcementResult;
import dev.botstore.api.reinforcement.NewStrategyOptimization;
import dev.botstore.api.reinforcement.PerformanceRecord;
import dev.botstore.api.reinforcement.PersonaFusion;
import dev.botstore.api.reinforcement.Reinforcement;
import dev.botstore.api.reinforcement.ReinforcementResult;
import dev.botstore.api.reinforcement.StrategyOptimization;
import dev.botstore.api.security.Roles;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The original's ReinforcementFacade, plus reads of what its saves store (the original had none
 * for reinforcement and strategy results). Lists are newest first; equal timestamps newest id first.
 * Validates here; the work is {@link ReinforcementTransactions}'s, retried on a transient failure.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReinforcementFacade implements Reinforcement {

    @EJB
    private ReinforcementTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public List<PerformanceRecord> performanceHistory(String groupId, int limit, int offset) {
        page(groupId, limit, offset);
        return retrying(() -> transactions.performanceHistory(groupId, limit, offset));
    }

    @Override
    public ReinforcementResult addReinforcementResult(NewReinforcementResult result) {
        Checks.id("group_id", result.groupId(), 255);
        return retrying(() -> transactions.addReinforcementResult(result));
    }

    @Override
    public Optional<ReinforcementResult> reinforcementResult(int id) {
        return retrying(() -> transactions.reinforcementResult(id));
    }

    @Override
    public List<ReinforcementResult> reinforcementResults(String groupId, int limit, int offset) {
        page(groupId, limit, offset);
        return retrying(() -> transactions.reinforcementResults(groupId, limit, offset));
    }

    @Override
    public PersonaFusion addPersonaFusion(NewPersonaFusion fusion) {
        Checks.id("group_id", fusion.groupId(), 255);
        Checks.finite("compatibility_score", fusion.compatibilityScore());
        return retrying(() -> transactions.addPersonaFusion(fusion));
    }

    @Override
    public Optional<PersonaFusion> personaFusion(int id) {
        return retrying(() -> transactions.personaFusion(id));
    }

    @Override
    public List<PersonaFusion> personaFusions(String groupId, int limit, int offset) {
        page(groupId, limit, offset);
        return retrying(() -> transactions.personaFusions(groupId, limit, offset));
    }

    @Override
    public StrategyOptimization addStrategyOptimization(NewStrategyOptimization optimization) {
        Checks.id("group_id", optimization.groupId(), 255);
        Checks.length("strategy_type", optimization.strategyType(), 100);
        return retrying(() -> transactions.addStrategyOptimization(optimization));
    }

    @Override
    public Optional<StrategyOptimization> strategyOptimization(int id) {
        return retrying(() -> transactions.strategyOptimization(id));
    }

    @Override
    public List<StrategyOptimization> strategyOptimizations(String groupId, int limit, int offset) {
        page(groupId, limit, offset);
        return retrying(() -> transactions.strategyOptimizations(groupId, limit, offset));
    }

    /** The checks of one group's page. */
    private static void page(String groupId, int limit, int offset) {
        Checks.id("group_id", groupId, 255);
        Checks.positive("limit", limit);
        Checks.notNegative("offset", offset);
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
