package dev.botstore.api.persona;

import dev.botstore.api.error.InvalidInputException;

/**
 * A persona backup to create. Null fields take the original's defaults: group {@code default},
 * name {@code backup_<epoch seconds>}, empty texts, {@code {}} for the two objects and {@code []}
 * for the dialogues. The JSON fields hold JSON text.
 */
public record BackupInput(String groupId, String backupName, String reason, String personaConfig,
                          String originalPersona, String imitationDialogues, String backupReason,
                          String personaContent) {

    public void check() {
        fits("group_id", groupId);
        fits("backup_name", backupName);
        if (groupId != null && groupId.isBlank()) {
            throw new InvalidInputException("group_id", "group_id must not be blank; leave it out for 'default'");
        }
        if (backupName != null && backupName.isBlank()) {
            throw new InvalidInputException("backup_name", "backup_name must not be blank; leave it out for a generated"
                    + " name");
        }
    }

    private static void fits(String field, String value) {
        if (value != null && value.length() > 255) {
            throw new InvalidInputException(field, field + " is " + value.length() + " characters long; at most 255 fit");
        }
    }
}
