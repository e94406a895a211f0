package dev.botstore.api.reinforcement;

import jakarta.json.JsonValue;
import java.time.LocalDateTime;

/** A stored reinforcement-learning result; text fields that hold JSON come back parsed. */
public record ReinforcementResult(Integer id, String groupId, Double timestamp, JsonValue replayAnalysis,
                                  JsonValue optimizationStrategy, JsonValue reinforcementFeedback,
                                  JsonValue nextAction, LocalDateTime createdAt) {
}
