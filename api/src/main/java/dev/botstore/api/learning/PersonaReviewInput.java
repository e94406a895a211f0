package dev.botstore.api.learning;

import java.time.Instant;

/**
 * A new persona learning review (always created pending). {@code metadata} is the text of a JSON
 * object or null; {@code timestamp} null means now.
 */
public record PersonaReviewInput(Instant timestamp, String groupId, String updateType, String originalContent,
                                 String newContent, String proposedContent, Double confidenceScore,
                                 String reason, String metadata) {
}
