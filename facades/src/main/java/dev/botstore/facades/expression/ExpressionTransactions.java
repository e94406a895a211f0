package dev.botstore.facades.expression;

import dev.botstore.api.TimeInput;
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
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.expression.ExpressionStore;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container-managed transaction per expression operation; {@link ExpressionFacade} validates
 * before and retries around these. The upserts of a style profile or a language style lock their
 * name first, so concurrent saves of one name leave one row; where an adopted database already
 * holds several, the oldest is the one read and written.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ExpressionTransactions {

    @EJB
    private Databases databases;

    /** One page of every pattern in id order, grouped by group ("global" for none). */
    public Map<String, List<ExpressionPattern>> allPatterns(int limit, int offset) {
        Map<String, List<ExpressionPattern>> groups = new LinkedHashMap<>();
        for (var row : store().allPatterns(limit, offset)) {
            String group = row.getGroupId() == null || row.getGroupId().isEmpty() ? "global" : row.getGroupId();
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(StyleRows.pattern(row));
        }
        return groups;
    }

    public PatternStatistics statistics() {
        long[] counts = store().statistics();
        return new PatternStatistics(counts[0], counts[1]);
    }

    public List<ExpressionPattern> patterns(PatternQuery query, String personaId) {
        return store().patterns(personaId, query.groupId(), query.userId(),
                        query.since() == null ? null : TimeInput.epochSeconds(query.since()), query.limit(),
                        query.offset())
                .stream().map(StyleRows::pattern).toList();
    }

    /** Adds a pattern of checked values; what the caller leaves out takes the original's defaults. */
    public ExpressionPattern addPattern(NewExpressionPattern pattern, String personaId) {
        var row = new dev.botstore.persistence.expression.ExpressionPattern();
        row.setGroupId(pattern.groupId());
        row.setPersonaId(personaId);
        row.setUserId(pattern.userId());
        row.setSituation(pattern.situation());
        row.setExpression(pattern.expression());
        row.setWeight(pattern.weight() == null ? 1.0 : pattern.weight());
        double now = TimeInput.epochSeconds(Instant.now());
        row.setLastActiveTime(pattern.lastActiveTime() == null ? now : TimeInput.epochSeconds(pattern.lastActiveTime()));
        row.setCreateTime(pattern.createTime() == null ? now : TimeInput.epochSeconds(pattern.createTime()));
        return StyleRows.pattern(store().save(row, true));
    }

    public Optional<ExpressionPattern> pattern(int id) {
        return store().pattern(id).map(StyleRows::pattern);
    }

    public Optional<StyleProfile> styleProfile(String profileName) {
        return store().styleProfile(profileName).map(StyleRows::profile);
    }

    public Saved<StyleProfile> saveStyleProfile(String name, Map<String, Double> metrics) {
        ExpressionStore store = store();
        var found = store.lockStyleProfile(name);
        var row = found.orElseGet(() -> {
            var created = new dev.botstore.persistence.expression.StyleProfile();
            created.setProfileName(name);
            created.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
            return created;
        });
        metrics.forEach((metric, value) -> StyleRows.setMetric(row, metric, value));
        return new Saved<>(StyleRows.profile(store.save(row, found.isEmpty())), found.isEmpty());
    }

    /** Adds a record of checked values; a blank style type is "unknown", as in the original. */
    public StyleLearningRecord addStyleLearningRecord(NewStyleLearningRecord record) {
        var row = new dev.botstore.persistence.expression.StyleLearningRecord();
        String type = record.styleType();
        row.setStyleType(type == null || type.isBlank() ? "unknown" : type);
        row.setLearnedPatterns(record.learnedPatterns() == null ? "[]" : record.learnedPatterns());
        row.setConfidenceScore(record.confidenceScore() == null ? 0.0 : record.confidenceScore());
        row.setSampleCount(record.sampleCount() == null ? 0 : record.sampleCount());
        row.setLastUpdated(TimeInput.epochSeconds(Instant.now()));
        row.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
        return StyleRows.record(store().save(row, true));
    }

    public Optional<StyleLearningRecord> styleLearningRecord(int id) {
        return store().record(id).map(StyleRows::record);
    }

    public Saved<LanguageStylePattern> saveLanguageStyle(String style, LanguageStyleChanges changes, double now) {
        ExpressionStore store = store();
        var found = store.lockLanguageStyle(style);
        var row = found.orElseGet(() -> {
            var created = new dev.botstore.persistence.expression.LanguageStylePattern();
            created.setLanguageStyle(style);
            created.setExamplePhrases("[]");
            created.setContextType("general");
            created.setUsageFrequency(0);
            created.setCreatedAt(LocalDateTime.now(ZoneOffset.UTC));
            return created;
        });
        if (changes.examplePhrases() != null) {
            row.setExamplePhrases(changes.examplePhrases());
        }
        if (changes.contextType() != null) {
            row.setContextType(changes.contextType());
        }
        if (changes.confidenceScore() != null) {
            row.setConfidenceScore(changes.confidenceScore());
        }
        row.setUsageFrequency((row.getUsageFrequency() == null ? 0 : row.getUsageFrequency()) + 1);
        row.setLastUpdated(now);
        return new Saved<>(StyleRows.languageStyle(store.save(row, found.isEmpty())), found.isEmpty());
    }

    public Optional<LanguageStylePattern> languageStyle(String languageStyle) {
        return store().languageStyle(languageStyle).map(StyleRows::languageStyle);
    }

    private ExpressionStore store() {
        return new ExpressionStore(databases.entityManager());
    }
}
