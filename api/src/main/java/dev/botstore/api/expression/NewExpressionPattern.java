package dev.botstore.api.expression;

import java.time.Instant;

/**
 * A pattern to store. {@code personaId} is normalised like the original's scope ("default" when
 * empty); {@code userId} null = group-wide; times null = now; {@code weight} null = 1.0.
 */
public record NewExpressionPattern(String groupId, String personaId, String userId, String situation,
                                   String expression, Double weight, Instant lastActiveTime, Instant createTime) {
}
