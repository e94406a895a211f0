package dev.botstore.api.message;

/**
 * A message that passed the quality filter, for {@code filtered_messages}. {@code raw_message_id}
 * may be null (the realtime filter has none); {@code quality_scores} is JSON text; {@code
 * timestamp} is epoch seconds, null for now.
 */
public record FilteredMessageInput(Integer rawMessageId, String message, String senderId, String groupId,
                                   Long timestamp, Double confidence, String qualityScores, String filterReason) {

    public void check() {
        MessageFields.required("message", message);
        MessageFields.fits("sender_id", senderId, 255);
        MessageFields.fits("group_id", groupId, 255);
        MessageFields.notNegative("timestamp", timestamp);
    }
}
