package dev.botstore.api.reinforcement;

import java.time.Instant;

/** A result to store: the text fields as JSON text or plain text; {@code timestamp} null = now. */
public record NewReinforcementResult(String groupId, Instant timestamp, String replayAnalysis,
                                     String optimizationStrategy, String reinforcementFeedback, String nextAction) {
}
