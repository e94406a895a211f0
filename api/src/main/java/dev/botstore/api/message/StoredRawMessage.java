package dev.botstore.api.message;

/** A row of {@code raw_messages} with every column, as {@code get_recent_raw_messages} returns it. */
public record StoredRawMessage(int id, String senderId, String senderName, String senderQq, String message,
                               String groupId, long timestamp, String platform, String messageId, String replyTo,
                               long createdAt, boolean processed) {
}
