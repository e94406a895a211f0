package dev.botstore.api.metrics;

/** The original's {@code get_group_statistics}: row counts of one group, or of all when groupId is null. */
public record GroupStatistics(long rawMessages, long filteredMessages, long personaReviews, long styleReviews,
                              String groupId) {
}
