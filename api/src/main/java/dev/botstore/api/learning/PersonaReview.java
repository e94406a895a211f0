package dev.botstore.api.learning;

import jakarta.json.JsonValue;

/**
 * A row of {@code persona_update_reviews}: a persona learning review, which the original also calls a
 * persona update record (one table, two names). Times are float epoch seconds as stored; {@code metadata}
 * is the stored JSON ({@code {}} when empty), or its raw text where an adopted row holds no valid JSON.
 */
public record PersonaReview(Integer id, Double timestamp, String groupId, String updateType,
                            String originalContent, String newContent, String proposedContent,
                            Double confidenceScore, String reason, String status, String reviewerComment,
                            Double reviewTime, JsonValue metadata) {
}
