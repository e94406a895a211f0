package dev.botstore.api.learning;

/** A row of {@code learning_performance_history}; times are integer epoch seconds as stored. */
public record PerformanceRecord(Integer id, String groupId, String sessionId, Long timestamp, Double qualityScore,
                                Double learningTime, Boolean success, String successfulPattern,
                                String failedPattern, Long createdAt) {
}
