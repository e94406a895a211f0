package dev.botstore.api.persona;

import jakarta.json.JsonValue;

/**
 * A row of {@code persona_backups}. Times are float epoch seconds, {@code created_at} ISO-8601. The
 * content fields ({@code persona_config}, {@code original_persona}, {@code imitation_dialogues},
 * {@code persona_content}) are null, and so left out, when the content was not asked for.
 */
public record PersonaBackup(int id, String groupId, String backupName, Double timestamp, String reason,
                            String backupReason, Double backupTime, String createdAt, JsonValue personaConfig,
                            JsonValue originalPersona, JsonValue imitationDialogues, String personaContent) {
}
