package dev.botstore.api.metrics;

/** The original's {@code get_detailed_metrics}: message and learning counts of one group, or of all. */
public record DetailedMetrics(MessageCounts messages, LearningCounts learning, String groupId) {

    public record MessageCounts(long raw, long filtered, long bot) {
    }

    /**
     * @param batches       learning_batches
     * @param stylePatterns style_learning_patterns
     */
    public record LearningCounts(long personaReviews, long styleReviews, long batches, long stylePatterns) {
    }
}
