package dev.botstore.api.persona;

/** An entry of the persona update history (a row of {@code persona_update_reviews}, any status). */
public record PersonaUpdate(int id, Double timestamp, String groupId, String updateType, String status,
                            Double confidenceScore) {
}
