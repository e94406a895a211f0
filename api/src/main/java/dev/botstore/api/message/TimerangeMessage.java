package dev.botstore.api.message;

/** A raw message of a time range, as {@code get_messages_by_group_and_timerange} returns it. */
public record TimerangeMessage(int id, String senderId, String senderName, String message, String groupId,
                               long timestamp) {
}
