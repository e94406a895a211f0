package dev.botstore.api.message;

/** Counts of one group; {@code raw_messages} repeats {@code total_messages}, as in the original. */
public record GroupMessageStatistics(long totalMessages, long unprocessedMessages, long filteredMessages,
                                     long rawMessages, String groupId) {
}
