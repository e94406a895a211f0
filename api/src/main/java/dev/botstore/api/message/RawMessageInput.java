package dev.botstore.api.message;

/**
 * A chat message to store in {@code raw_messages}, with the original's {@code MessageData} fields.
 * {@code timestamp} is epoch seconds, null for now; {@code sender_qq} is stored as NULL when empty.
 */
public record RawMessageInput(String senderId, String senderName, String senderQq, String message, String groupId,
                              Long timestamp, String platform, String messageId, String replyTo) {

    /** Checks the columns' rules; {@code prefix} places the fields in the caller's body ({@code messages[3].}). */
    public void check(String prefix) {
        MessageFields.fits(prefix + "sender_id", MessageFields.present(prefix + "sender_id", senderId), 255);
        MessageFields.present(prefix + "message", message);
        MessageFields.fits(prefix + "sender_name", senderName, 255);
        MessageFields.fits(prefix + "sender_qq", senderQq, 32);
        MessageFields.fits(prefix + "group_id", groupId, 255);
        MessageFields.fits(prefix + "platform", platform, 100);
        MessageFields.fits(prefix + "message_id", messageId, 255);
        MessageFields.fits(prefix + "reply_to", replyTo, 255);
        MessageFields.notNegative(prefix + "timestamp", timestamp);
    }
}
