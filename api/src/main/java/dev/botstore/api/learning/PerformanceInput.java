package dev.botstore.api.learning;

import java.time.Instant;

/**
 * One row of {@code learning_performance_history}. The patterns are text as given (JSON text when the
 * caller gave a list or object); {@code success} null means true; {@code timestamp} null means now.
 */
public record PerformanceInput(String groupId, String sessionId, Instant timestamp, Double qualityScore,
                               Double learningTime, Boolean success, String successfulPattern,
                               String failedPattern) {
}
