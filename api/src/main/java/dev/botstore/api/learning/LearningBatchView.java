package dev.botstore.api.learning;

import java.time.LocalDateTime;

/** A row of {@code learning_batches}, with the keys of the original's {@code to_dict}. */
public record LearningBatchView(Integer id, String batchId, String batchName, String groupId, Double startTime,
                                Double endTime, Double qualityScore, Integer processedMessages,
                                Integer messageCount, Integer filteredCount, Boolean success, String errorMessage,
                                String status, LocalDateTime createdAt) {
}
