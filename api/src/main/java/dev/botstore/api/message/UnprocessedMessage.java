package dev.botstore.api.message;

/** A raw message waiting for the learning pipeline, as {@code get_unprocessed_messages} returns it. */
public record UnprocessedMessage(int id, String senderId, String senderName, String senderQq, String message,
                                 String groupId, String platform, long timestamp) {
}
