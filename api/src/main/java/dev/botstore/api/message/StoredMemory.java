package dev.botstore.api.message;

/** A row of {@code memories}; times are epoch seconds. */
public record StoredMemory(int id, String groupId, String userId, String content, int importance, String memoryType,
                           long createdAt, long lastAccessed, int accessCount) {
}
