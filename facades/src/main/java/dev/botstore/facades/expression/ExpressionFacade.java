package dev.botstore.facades.expression;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.expression.Expression;
import dev.botstore.api.expression.ExpressionPattern;
import dev.botstore.api.expression.LanguageStyleChanges;
import dev.botstore.api.expression.LanguageStylePattern;
import dev.botstore.api.expression.NewExpressionPattern;
import dev.botstore.api.expression.NewStyleLearningRecord;
import dev.botstore.api.expression.PatternQuery;
import dev.botstore.api.expression.PatternStatistics;
import dev.botstore.api.expression.Saved;
import dev.botstore.api.expression.StyleLearningRecord;
import dev.botstore.api.expression.StyleProfile;
import dev.botstore.api.TimeInput;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The original's ExpressionFacade. Differences by decision: the grouped listing pages through
 * every pattern in id order (the original read an arbitrary 1000), pattern lists break weight ties
 * by the newest id, and the two upserts lock their name so that concurrent saves leave one row.
 * Validates here; the work is {@link ExpressionTransactions}'s, retried on a transient failure.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ExpressionFacade implements Expression {

    /** The original's scope for a missing persona; "[%None]" is how its templates spell none. */
    static final String DEFAULT_PERSONA = "default";

    @EJB
    private ExpressionTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public Map<String, List<ExpressionPattern>> allPatterns(int limit, int offset) {
        Checks.positive("limit", limit);
        Checks.notNegative("offset", offset);
        return retrying(() -> transactions.allPatterns(limit, offset));
    }

    @Override
    public PatternStatistics statistics() {
        return retrying(transactions::statistics);
    }

    @Override
    public List<ExpressionPattern> patterns(PatternQuery query) {
        Checks.positive("limit", query.limit());
        Checks.notNegative("offset", query.offset());
        String persona = persona(query.personaId());
        return retrying(() -> transactions.patterns(query, persona));
    }

    @Override
    public ExpressionPattern addPattern(NewExpressionPattern pattern) {
        Checks.id("group_id", pattern.groupId(), 255);
        String persona = persona(Checks.length("persona_id", pattern.personaId(), 255));
        Checks.length("user_id", pattern.userId(), 255);
        Checks.id("situation", pattern.situation(), Integer.MAX_VALUE);
        Checks.id("expression", pattern.expression(), Integer.MAX_VALUE);
        Checks.finite("weight", pattern.weight());
        return retrying(() -> transactions.addPattern(pattern, persona));
    }

    @Override
    public Optional<ExpressionPattern> pattern(int id) {
        return retrying(() -> transactions.pattern(id));
    }

    @Override
    public Optional<StyleProfile> styleProfile(String profileName) {
        return retrying(() -> transactions.styleProfile(profileName));
    }

    @Override
    public Saved<StyleProfile> saveStyleProfile(String profileName, Map<String, Double> metrics) {
        Checks.id("profile_name", profileName, 255);
        for (Map.Entry<String, Double> metric : metrics.entrySet()) {
            if (!STYLE_METRICS.contains(metric.getKey())) {
                throw new InvalidInputException(metric.getKey(), metric.getKey()
                        + " is not a style metric; the metrics are " + String.join(", ", STYLE_METRICS));
            }
            Checks.finite(metric.getKey(), metric.getValue());
        }
        Map<String, Double> copy = new LinkedHashMap<>(metrics);
        return KeyLocks.withKey("style_profiles\u0000" + profileName,
                () -> retrying(() -> transactions.saveStyleProfile(profileName, copy)));
    }

    @Override
    public StyleLearningRecord addStyleLearningRecord(NewStyleLearningRecord record) {
        Checks.length("style_type", record.styleType(), 100);
        Checks.finite("confidence_score", record.confidenceScore());
        return retrying(() -> transactions.addStyleLearningRecord(record));
    }

    @Override
    public Optional<StyleLearningRecord> styleLearningRecord(int id) {
        return retrying(() -> transactions.styleLearningRecord(id));
    }

    @Override
    public Saved<LanguageStylePattern> saveLanguageStyle(String languageStyle, LanguageStyleChanges changes) {
        Checks.id("language_style", languageStyle, 255);
        Checks.length("context_type", changes.contextType(), 100);
        Checks.finite("confidence_score", changes.confidenceScore());
        double now = TimeInput.epochSeconds(Instant.now());
        return KeyLocks.withKey("language_style_patterns\u0000" + languageStyle,
                () -> retrying(() -> transactions.saveLanguageStyle(languageStyle, changes, now)));
    }

    @Override
    public Optional<LanguageStylePattern> languageStyle(String languageStyle) {
        return retrying(() -> transactions.languageStyle(languageStyle));
    }

    /** The original's {@code normalize_persona_scope}. */
    static String persona(String personaId) {
        String trimmed = personaId == null ? "" : personaId.strip();
        return trimmed.isEmpty() || trimmed.equals("[%None]") ? DEFAULT_PERSONA : trimmed;
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
