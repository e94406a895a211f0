package dev.botstore.api.jargon;

import java.time.Instant;
import java.util.Set;

/**
 * The fields a caller sends for a jargon write ({@code jargon_data} of the original). Which keys were
 * sent matters: an upsert or edit changes only those, and {@code raw_content}, {@code meaning} and
 * {@code is_jargon} may be sent as null to clear them. {@code rawContent} is JSON text.
 */
public record JargonData(Set<String> sent, String content, String rawContent, String meaning, Boolean isJargon,
                         Long count, Long lastInferenceCount, Boolean isComplete, Boolean isGlobal, String chatId,
                         Instant createdAt, Instant updatedAt) {

    public static final String CONTENT = "content";
    public static final String RAW_CONTENT = "raw_content";
    public static final String MEANING = "meaning";
    public static final String IS_JARGON = "is_jargon";
    public static final String COUNT = "count";
    public static final String LAST_INFERENCE_COUNT = "last_inference_count";
    public static final String IS_COMPLETE = "is_complete";
    public static final String IS_GLOBAL = "is_global";
    public static final String CHAT_ID = "chat_id";
    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";

    public JargonData {
        sent = Set.copyOf(sent);
    }

    public boolean has(String key) {
        return sent.contains(key);
    }
}
