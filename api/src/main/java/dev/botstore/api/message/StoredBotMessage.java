package dev.botstore.api.message;

/** A row of {@code bot_messages}: a reply the bot sent to a group (or to a user, in a private chat). */
public record StoredBotMessage(int id, String groupId, String message, long timestamp, long createdAt) {
}
