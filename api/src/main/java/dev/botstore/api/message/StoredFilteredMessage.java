package dev.botstore.api.message;

import jakarta.json.JsonValue;

/** A row of {@code filtered_messages}, as {@code get_recent_filtered_messages} returns it; quality scores parsed. */
public record StoredFilteredMessage(int id, Integer rawMessageId, String message, String senderId, String groupId,
                                    long timestamp, Double confidence, JsonValue qualityScores, String filterReason,
                                    long createdAt, boolean processed) {
}
