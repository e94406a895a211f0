package dev.botstore.api.reinforcement;

import java.time.Instant;

/** A strategy optimisation to store; text fields as JSON text or plain text; {@code timestamp} null = now. */
public record NewStrategyOptimization(String groupId, Instant timestamp, String strategyType,
                                      String optimizationDetails, String performanceMetrics) {
}
