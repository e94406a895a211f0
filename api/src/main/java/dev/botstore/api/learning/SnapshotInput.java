package dev.botstore.api.learning;

import java.time.Instant;

/** A new persona change snapshot; the three list fields are JSON array text or null (stored as {@code []}). */
public record SnapshotInput(String reviewId, String reviewSource, String appliedPersonaId, Instant appliedAt,
                            String beforeSystemPrompt, String afterSystemPrompt, String beforeBeginDialogs,
                            String afterBeginDialogs, String affectedFields) {
}
