package dev.botstore.api.reinforcement;

import jakarta.json.JsonValue;
import java.time.LocalDateTime;

/** A stored persona fusion (the original model's dict); the hashes are integers, not times. */
public record PersonaFusion(Integer id, String groupId, Double timestamp, Long basePersonaHash, Long incrementalHash,
                            JsonValue fusionResult, Double compatibilityScore, LocalDateTime createdAt) {
}
