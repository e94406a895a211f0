package dev.botstore.api.message;

/** A filtered message not yet learned from, as {@code get_filtered_messages_for_learning} returns it. */
public record LearningMessage(int id, String message, String senderId, String groupId, long timestamp,
                              Double confidence) {
}
