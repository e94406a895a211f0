package dev.botstore.api.reinforcement;

import java.time.Instant;

/** A fusion to store; {@code fusionResult} as JSON text or plain text; {@code timestamp} null = now. */
public record NewPersonaFusion(String groupId, Instant timestamp, Long basePersonaHash, Long incrementalHash,
                               String fusionResult, Double compatibilityScore) {
}
