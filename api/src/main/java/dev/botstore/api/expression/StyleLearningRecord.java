package dev.botstore.api.expression;

import jakarta.json.JsonValue;
import java.time.LocalDateTime;

/** A stored style-learning record; {@code learned_patterns} comes back parsed. */
public record StyleLearningRecord(Integer id, String styleType, JsonValue learnedPatterns, Double confidenceScore,
                                  Integer sampleCount, Double lastUpdated, LocalDateTime createdAt) {
}
