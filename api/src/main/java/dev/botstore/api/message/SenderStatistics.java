package dev.botstore.api.message;

/** Messages of one sender in a group, with the sender's latest non-empty name (else the sender id). */
public record SenderStatistics(long messageCount, String senderName) {
}
