package dev.botstore.api.metrics;

/** A learning batch as the original's model dict shows it ({@code created_at} as ISO-8601 or null). */
public record RecentBatch(Integer id, String batchId, String batchName, String groupId, Double startTime,
                          Double endTime, Double qualityScore, Integer processedMessages, Integer messageCount,
                          Integer filteredCount, Boolean success, String errorMessage, String status,
                          String createdAt) {
}
