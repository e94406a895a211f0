package dev.botstore.api.learning;

import java.time.LocalDateTime;

/** A row of {@code learning_sessions}, with the keys of the original's {@code to_dict}. */
public record LearningSessionView(Integer id, String sessionId, String groupId, String batchId, Double startTime,
                                  Double endTime, Integer messageCount, Double learningQuality, String status,
                                  LocalDateTime createdAt) {
}
