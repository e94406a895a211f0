package dev.botstore.api.message;

/** A memory to keep ({@code save_manual_memory}); type and importance default to the original's. */
public record MemoryInput(String groupId, String userId, String content, String memoryType, Integer importance) {

    public static final String DEFAULT_TYPE = "manual_remember";
    public static final int DEFAULT_IMPORTANCE = 9;

    public void check() {
        MessageFields.fits("group_id", MessageFields.required("group_id", groupId), 255);
        MessageFields.fits("user_id", MessageFields.required("user_id", userId), 255);
        MessageFields.required("content", content);
        MessageFields.fits("memory_type", memoryType, 50);
    }
}
