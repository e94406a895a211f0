package dev.botstore.api.learning;

import jakarta.json.JsonValue;

/**
 * A row of {@code persona_change_snapshots}: the persona before and after a review was applied. The
 * prompts are {@code ""} when unset; the three lists are the stored JSON ({@code []} when empty), or the
 * raw text where an adopted row holds no valid JSON.
 */
public record ChangeSnapshot(Integer id, String reviewId, String reviewSource, String appliedPersonaId,
                             Double appliedAt, String beforeSystemPrompt, String afterSystemPrompt,
                             JsonValue beforeBeginDialogs, JsonValue afterBeginDialogs, JsonValue affectedFields) {
}
