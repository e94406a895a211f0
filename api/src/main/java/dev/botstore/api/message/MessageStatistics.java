package dev.botstore.api.message;

/** Counts over all groups; {@code total_messages} is the number of raw messages, as in the original. */
public record MessageStatistics(long totalMessages, long rawMessages, long filteredMessages, long botMessages) {
}
