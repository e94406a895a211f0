package dev.botstore.api.reinforcement;

import jakarta.json.JsonValue;
import java.time.LocalDateTime;

/** A stored strategy optimisation result; text fields that hold JSON come back parsed. */
public record StrategyOptimization(Integer id, String groupId, Double timestamp, String strategyType,
                                   JsonValue optimizationDetails, JsonValue performanceMetrics,
                                   LocalDateTime createdAt) {
}
