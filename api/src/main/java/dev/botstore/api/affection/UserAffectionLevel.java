package dev.botstore.api.affection;

/** One row of {@code user_affections}; times are epoch seconds. */
public record UserAffectionLevel(String groupId, String userId, int affectionLevel, int maxAffection,
                                 long createdAt, long updatedAt) {
}
