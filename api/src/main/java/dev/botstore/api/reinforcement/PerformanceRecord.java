package dev.botstore.api.reinforcement;

import jakarta.json.JsonValue;

/**
 * One row of the learning performance history, with the keys of both of the original's readers
 * ({@code get_learning_history_for_reinforcement} and {@code get_learning_performance_history}).
 * {@code timestamp} is epoch seconds; missing scores read 0.0, a missing success false, missing
 * patterns "".
 */
public record PerformanceRecord(String sessionId, long timestamp, Double qualityScore, Double learningTime,
                                boolean success, JsonValue successfulPattern, JsonValue failedPattern) {
}
