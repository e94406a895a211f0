package dev.botstore.api.learning;

import jakarta.json.JsonValue;
import java.time.LocalDateTime;

/**
 * A row of {@code style_learning_reviews}. {@code learned_patterns} is the stored JSON ({@code []} when
 * empty) and {@code metadata} the stored JSON object ({@code {}} when empty); either is the raw text where
 * an adopted row holds no valid JSON. {@code created_at} is given by the pending list only, as in the
 * original.
 */
public record StyleReview(Integer id, String type, String groupId, Double timestamp, JsonValue learnedPatterns,
                          String fewShotsContent, String status, String description, String reviewerComment,
                          Double reviewTime, JsonValue metadata, LocalDateTime createdAt) {
}
