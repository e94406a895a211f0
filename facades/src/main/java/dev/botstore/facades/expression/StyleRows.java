package dev.botstore.facades.expression;

import dev.botstore.api.expression.ExpressionPattern;
import dev.botstore.api.expression.LanguageStylePattern;
import dev.botstore.api.expression.StyleLearningRecord;
import dev.botstore.api.expression.StyleProfile;
import dev.botstore.facades.support.JsonColumns;

/** Rows of the expression tables as api records, in the original's dict keys. */
final class StyleRows {

    private StyleRows() {
    }

    static ExpressionPattern pattern(dev.botstore.persistence.expression.ExpressionPattern row) {
        return new ExpressionPattern(row.getId(), row.getGroupId(), row.getPersonaId(), row.getUserId(),
                row.getSituation(), row.getExpression(), row.getWeight(), row.getLastActiveTime(), row.getCreateTime());
    }

    static StyleProfile profile(dev.botstore.persistence.expression.StyleProfile row) {
        return new StyleProfile(row.getProfileName(), row.getVocabularyRichness(), row.getSentenceComplexity(),
                row.getEmotionalExpression(), row.getInteractionTendency(), row.getTopicDiversity(),
                row.getFormalityLevel(), row.getCreativityScore());
    }

    static void setMetric(dev.botstore.persistence.expression.StyleProfile row, String metric, Double value) {
        switch (metric) {
            case "vocabulary_richness" -> row.setVocabularyRichness(value);
            case "sentence_complexity" -> row.setSentenceComplexity(value);
            case "emotional_expression" -> row.setEmotionalExpression(value);
            case "interaction_tendency" -> row.setInteractionTendency(value);
            case "topic_diversity" -> row.setTopicDiversity(value);
            case "formality_level" -> row.setFormalityLevel(value);
            case "creativity_score" -> row.setCreativityScore(value);
            default -> throw new IllegalArgumentException("not a style metric: " + metric);
        }
    }

    static StyleLearningRecord record(dev.botstore.persistence.expression.StyleLearningRecord row) {
        return new StyleLearningRecord(row.getId(), row.getStyleType(), JsonColumns.read(row.getLearnedPatterns()),
                row.getConfidenceScore(), row.getSampleCount(), row.getLastUpdated(), row.getCreatedAt());
    }

    static LanguageStylePattern languageStyle(dev.botstore.persistence.expression.LanguageStylePattern row) {
        return new LanguageStylePattern(row.getId(), row.getLanguageStyle(), JsonColumns.read(row.getExamplePhrases()),
                row.getUsageFrequency(), row.getContextType(), row.getConfidenceScore(), row.getLastUpdated());
    }
}
