package dev.botstore.api.persona;

import java.util.List;
import java.util.Optional;

/**
 * Persona backups and the persona update history (the original's PersonaFacade). Every operation
 * on one backup takes {@code (backupId, groupId)} in this order; a non-empty {@code groupId}
 * scopes it: a backup of another group is treated as absent.
 */
public interface Persona {

    /** The largest page of a listing. */
    int MAX_PAGE = 1000;

    /** Stores a backup; its timestamp and backup time are now. Returns it with its content. */
    PersonaBackup backupPersona(BackupInput backup);

    /** Newest first; null or empty group = every group. */
    List<PersonaBackup> getPersonaBackups(String groupId, int limit, int offset, boolean includeContent);

    /** The backup with its content; empty when missing or of another group. */
    Optional<PersonaBackup> getPersonaBackup(int backupId, String groupId);

    /**
     * The content to restore: the same as {@link #getPersonaBackup}. Writing it into the bot is the
     * caller's part, as in the original.
     */
    Optional<PersonaBackup> restorePersonaBackup(int backupId, String groupId);

    /** @return false when missing or of another group */
    boolean deletePersonaBackup(int backupId, String groupId);

    /** Newest first; null or empty group = every group. */
    List<PersonaUpdate> getPersonaUpdateHistory(String groupId, int limit, int offset);
}
