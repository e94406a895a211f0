package dev.botstore.facades.expression;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.TimeInput;
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
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.Checks;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The original's ExpressionFacade. Differences by decision: the grouped listing pages through
 * every pattern in id order (the original read an arbitrary 1000), pattern lists break weight ties
 * by the newest id, and the two upserts lock their name so that concurrent saves leave one row.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
public class ExpressionFacade implements Expression {

    /** The original's scope for a missing persona; "[%None]" is how its templates spell none. */
    static final String DEFAULT_PERSONA = "default";

    @EJB
    private Databases databases;

    @EJB
    private StyleUpserts upserts;

    @Resource
    private jakarta.transaction.TransactionSynchronizationRegistry registry;

    @Override
    public Map<String, List<ExpressionPattern>> allPatterns(int limit, int offset) {
        Checks.positive("limit", limit);
        Checks.notNegative("offset", offset);
        List<dev.botstore.persistence.expression.ExpressionPattern> rows = em()
                .createQuery("SELECT p FROM ExpressionPattern p ORDER BY p.id",
                        dev.botstore.persistence.expression.ExpressionPattern.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<String, List<ExpressionPattern>> groups = new LinkedHashMap<>();
        for (var row : rows) {
            String group = row.getGroupId() == null || row.getGroupId().isEmpty() ? "global" : row.getGroupId();
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(StyleRows.pattern(row));
        }
        return groups;
    }

    @Override
    public PatternStatistics statistics() {
        Object[] counts = em().createQuery("SELECT COUNT(p), COUNT(DISTINCT p.groupId) FROM ExpressionPattern p",
                Object[].class).getSingleResult();
        return new PatternStatistics(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }

    @Override
    public List<ExpressionPattern> patterns(PatternQuery query) {
        Checks.positive("limit", query.limit());
        Checks.notNegative("offset", query.offset());
        StringBuilder jpql = new StringBuilder("SELECT p FROM ExpressionPattern p WHERE p.personaId = :persona");
        if (query.groupId() != null) {
            jpql.append(" AND p.groupId = :group");
        }
        jpql.append(query.userId() == null ? " AND p.userId IS NULL" : " AND p.userId = :user");
        if (query.since() != null) {
            jpql.append(" AND p.lastActiveTime >= :since");
        }
        jpql.append(" ORDER BY p.weight DESC, p.id DESC");
        TypedQuery<dev.botstore.persistence.expression.ExpressionPattern> select = em()
                .createQuery(jpql.toString(), dev.botstore.persistence.expression.ExpressionPattern.class)
                .setParameter("persona", persona(query.personaId()));
        if (query.groupId() != null) {
            select.setParameter("group", query.groupId());
        }
        if (query.userId() != null) {
            select.setParameter("user", query.userId());
        }
        if (query.since() != null) {
            select.setParameter("since", TimeInput.epochSeconds(query.since()));
        }
        return select.setFirstResult(query.offset()).setMaxResults(query.limit()).getResultList().stream()
                .map(StyleRows::pattern).toList();
    }

    @Override
    public ExpressionPattern addPattern(NewExpressionPattern pattern) {
        var row = new dev.botstore.persistence.expression.ExpressionPattern();
        row.setGroupId(Checks.id("group_id", pattern.groupId(), 255));
        row.setPersonaId(persona(Checks.length("persona_id", pattern.personaId(), 255)));
        row.setUserId(Checks.length("user_id", pattern.userId(), 255));
        row.setSituation(Checks.id("situation", pattern.situation(), Integer.MAX_VALUE));
        row.setExpression(Checks.id("expression", pattern.expression(), Integer.MAX_VALUE));
        Double weight = Checks.finite("weight", pattern.weight());
        row.setWeight(weight == null ? 1.0 : weight);
        double now = TimeInput.epochSeconds(Instant.now());
        row.setLastActiveTime(pattern.lastActiveTime() == null ? now : TimeInput.epochSeconds(pattern.lastActiveTime()));
        row.setCreateTime(pattern.createTime() == null ? now : TimeInput.epochSeconds(pattern.createTime()));
        EntityManager em = em();
        em.persist(row);
        em.flush();
        return StyleRows.pattern(row);
    }

    @Override
    public Optional<ExpressionPattern> pattern(int id) {
        return Optional.ofNullable(em().find(dev.botstore.persistence.expression.ExpressionPattern.class, id))
                .map(StyleRows::pattern);
    }

    @Override
    public Optional<StyleProfile> styleProfile(String profileName) {
        return em().createQuery("SELECT s FROM StyleProfile s WHERE s.profileName = :name ORDER BY s.id",
                        dev.botstore.persistence.expression.StyleProfile.class)
                .setParameter("name", profileName).setMaxResults(1).getResultStream().findFirst()
                .map(StyleRows::profile);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
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
                () -> RetriedTransactions.run(registry, () -> upserts.saveStyleProfile(profileName, copy)));
    }

    @Override
    public StyleLearningRecord addStyleLearningRecord(NewStyleLearningRecord record) {
        var row = new dev.botstore.persistence.expression.StyleLearningRecord();
        String type = Checks.length("style_type", record.styleType(), 100);
        row.setStyleType(type == null || type.isBlank() ? "unknown" : type);
        row.setLearnedPatterns(record.learnedPatterns() == null ? "[]" : record.learnedPatterns());
        Double confidence = Checks.finite("confidence_score", record.confidenceScore());
        row.setConfidenceScore(confidence == null ? 0.0 : confidence);
        row.setSampleCount(record.sampleCount() == null ? 0 : record.sampleCount());
        row.setLastUpdated(TimeInput.epochSeconds(Instant.now()));
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        EntityManager em = em();
        em.persist(row);
        em.flush();
        return StyleRows.record(row);
    }

    @Override
    public Optional<StyleLearningRecord> styleLearningRecord(int id) {
        return Optional.ofNullable(em().find(dev.botstore.persistence.expression.StyleLearningRecord.class, id))
                .map(StyleRows::record);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Saved<LanguageStylePattern> saveLanguageStyle(String languageStyle, LanguageStyleChanges changes) {
        Checks.id("language_style", languageStyle, 255);
        Checks.length("context_type", changes.contextType(), 100);
        Checks.finite("confidence_score", changes.confidenceScore());
        double now = TimeInput.epochSeconds(Instant.now());
        return KeyLocks.withKey("language_style_patterns\u0000" + languageStyle,
                () -> RetriedTransactions.run(registry, () -> upserts.saveLanguageStyle(languageStyle, changes, now)));
    }

    @Override
    public Optional<LanguageStylePattern> languageStyle(String languageStyle) {
        return em().createQuery("SELECT l FROM LanguageStylePattern l WHERE l.languageStyle = :style ORDER BY l.id",
                        dev.botstore.persistence.expression.LanguageStylePattern.class)
                .setParameter("style", languageStyle).setMaxResults(1).getResultStream().findFirst()
                .map(StyleRows::languageStyle);
    }

    /** The original's {@code normalize_persona_scope}. */
    static String persona(String personaId) {
        String trimmed = personaId == null ? "" : personaId.strip();
        return trimmed.isEmpty() || trimmed.equals("[%None]") ? DEFAULT_PERSONA : trimmed;
    }

    private EntityManager em() {
        return databases.entityManager();
    }
}
