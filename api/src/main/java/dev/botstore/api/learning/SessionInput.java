package dev.botstore.api.learning;

import java.time.Instant;

/**
 * What a caller records of a learning session. On an existing session only the non-null of
 * {@code endTime}, {@code messageCount}, {@code learningQuality} and {@code status} change; group, batch and
 * start stay. A new session needs {@code groupId}; its start defaults to now, its status to active.
 */
public record SessionInput(String groupId, String batchId, Instant startTime, Instant endTime, Integer messageCount,
                           Double learningQuality, String status) {
}
