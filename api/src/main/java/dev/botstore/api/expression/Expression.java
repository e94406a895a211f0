package dev.botstore.api.expression;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The original's ExpressionFacade: expression patterns, style profiles, style-learning records and
 * language style patterns.
 */
public interface Expression {

    /** The seven metric names of a style profile, as the original's dict keys. */
    List<String> STYLE_METRICS = List.of("vocabulary_richness", "sentence_complexity", "emotional_expression",
            "interaction_tendency", "topic_diversity", "formality_level", "creativity_score");

    /** A page of all patterns in id order, grouped by group ("global" for an empty group id). */
    Map<String, List<ExpressionPattern>> allPatterns(int limit, int offset);

    PatternStatistics statistics();

    /** Patterns of one scope, heaviest first (ties: newest id first). */
    List<ExpressionPattern> patterns(PatternQuery query);

    ExpressionPattern addPattern(NewExpressionPattern pattern);

    Optional<ExpressionPattern> pattern(int id);

    Optional<StyleProfile> styleProfile(String profileName);

    /**
     * Creates the profile or sets the metrics named in {@code metrics} (keys of {@link
     * #STYLE_METRICS}; a null value clears a metric); the others keep their stored values.
     */
    Saved<StyleProfile> saveStyleProfile(String profileName, Map<String, Double> metrics);

    StyleLearningRecord addStyleLearningRecord(NewStyleLearningRecord record);

    Optional<StyleLearningRecord> styleLearningRecord(int id);

    /** Creates the style or updates it; each save counts one use. */
    Saved<LanguageStylePattern> saveLanguageStyle(String languageStyle, LanguageStyleChanges changes);

    Optional<LanguageStylePattern> languageStyle(String languageStyle);
}
