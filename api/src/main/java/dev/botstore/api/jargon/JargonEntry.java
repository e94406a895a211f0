package dev.botstore.api.jargon;

import jakarta.json.JsonValue;

/**
 * One row of {@code jargon} with the original's dict keys. {@code raw_content} (a JSON list of the
 * contexts the term was seen in) comes back parsed; times are the stored epoch seconds.
 */
public record JargonEntry(Integer id, String content, JsonValue rawContent, String meaning, Boolean isJargon,
                          Integer count, Integer lastInferenceCount, Boolean isComplete, Boolean isGlobal,
                          String chatId, Long createdAt, Long updatedAt) {

    /** The original's full converter for lists: unset counters read 0, an unset global flag false. */
    public JargonEntry withDefaults() {
        return new JargonEntry(id, content, rawContent, meaning, isJargon, count == null ? 0 : count,
                lastInferenceCount == null ? 0 : lastInferenceCount, isComplete,
                isGlobal == null ? Boolean.FALSE : isGlobal, chatId, createdAt, updatedAt);
    }
}
