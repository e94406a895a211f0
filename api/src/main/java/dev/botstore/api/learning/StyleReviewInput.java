package dev.botstore.api.learning;

import java.time.Instant;

/**
 * A new style learning review. {@code learnedPatterns} and {@code metadata} are JSON text (or, for the
 * patterns, any text, stored as given); {@code status} null means pending. An approved or rejected
 * start (the original's auto-approval path) gets its review time and comment at once.
 */
public record StyleReviewInput(String type, String groupId, Instant timestamp, String learnedPatterns,
                               String fewShotsContent, String description, String metadata, String status,
                               String reviewerComment) {
}
