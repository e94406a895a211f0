package dev.botstore.api.message;

/** A processed raw message for replay; {@code message_id} is the raw row's id, as in the original. */
public record ReplayMessage(int messageId, String message, String senderId, String groupId, long timestamp) {
}
