package dev.botstore.api.learning;

/** One point of the style-learning progress chart: a scored learning batch, nulls given as 0 / "" / false. */
public record StyleProgress(String groupId, Double timestamp, Double qualityScore, boolean success,
                            int processedMessages, int filteredCount, int messageCount, String batchName) {
}
