package dev.botstore.api.expression;

import java.time.Instant;

/**
 * Which patterns of one scope to read. {@code groupId} null = every group (recent reads only);
 * {@code userId} null = group-wide patterns only (the original's rule). {@code since} null = any
 * activity time.
 */
public record PatternQuery(String groupId, String personaId, String userId, Instant since, int limit, int offset) {
}
