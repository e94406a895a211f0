package dev.botstore.api.expression;

import jakarta.json.bind.annotation.JsonbNillable;

/**
 * One learned expression habit (the original's pattern dict): in {@code situation}, say
 * {@code expression}. {@code user_id} null means group-wide. Times are epoch seconds (float).
 */
@JsonbNillable
public record ExpressionPattern(Integer id, String groupId, String personaId, String userId, String situation,
                                String expression, Double weight, Double lastActiveTime, Double createTime) {
}
