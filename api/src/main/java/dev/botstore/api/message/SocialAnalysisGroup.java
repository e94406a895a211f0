package dev.botstore.api.message;

/** A group with its raw message count, distinct senders and social relations. */
public record SocialAnalysisGroup(String groupId, long messageCount, long memberCount, long relationCount) {
}
