package dev.botstore.facades.persona;

import dev.botstore.api.persona.BackupInput;
import dev.botstore.api.persona.PersonaUpdate;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.persistence.persona.PersonaBackup;
import dev.botstore.persistence.persona.PersonaStore;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * One container-managed transaction per persona operation, on checked input; {@link PersonaFacade}
 * validates before and retries around these. A backup's JSON content is stored as JSON text; read
 * back, an empty or {@code null} value gives the original's default ({@code {}} or {@code []}) and
 * text that is not JSON comes back as a string, so one bad row never breaks a listing.
 */
@Stateless
@LocalBean
public class PersonaTransactions {

    @EJB
    private Databases databases;

    public dev.botstore.api.persona.PersonaBackup backup(BackupInput backup) {
        Instant now = Instant.now();
        double seconds = now.getEpochSecond() + now.getNano() / 1e9;
        PersonaBackup row = new PersonaBackup();
        row.setGroupId(backup.groupId() == null ? "default" : backup.groupId());
        row.setBackupName(backup.backupName() == null ? "backup_" + now.getEpochSecond() : backup.backupName());
        row.setTimestamp(seconds);
        row.setBackupTime(seconds);
        row.setReason(orDefault(backup.reason(), ""));
        row.setPersonaConfig(orDefault(backup.personaConfig(), "{}"));
        row.setOriginalPersona(orDefault(backup.originalPersona(), "{}"));
        row.setImitationDialogues(orDefault(backup.imitationDialogues(), "[]"));
        row.setBackupReason(orDefault(backup.backupReason(), ""));
        row.setPersonaContent(orDefault(backup.personaContent(), ""));
        row.setCreatedAt(LocalDateTime.ofInstant(now, ZoneOffset.UTC));
        return view(store().insert(row), true);
    }

    public List<dev.botstore.api.persona.PersonaBackup> backups(String groupId, int limit, int offset,
                                                                boolean includeContent) {
        return store().backups(groupId, limit, offset).stream().map(row -> view(row, includeContent)).toList();
    }

    public Optional<dev.botstore.api.persona.PersonaBackup> backup(int backupId, String groupId) {
        return store().backup(backupId, groupId).map(row -> view(row, true));
    }

    public boolean delete(int backupId, String groupId) {
        PersonaStore store = store();
        Optional<PersonaBackup> row = store.backup(backupId, groupId);
        row.ifPresent(store::delete);
        return row.isPresent();
    }

    public List<PersonaUpdate> updates(String groupId, int limit, int offset) {
        return store().updates(groupId, limit, offset).stream()
                .map(r -> new PersonaUpdate(r.getId(), r.getTimestamp(), r.getGroupId(), r.getUpdateType(),
                        r.getStatus(), r.getConfidenceScore()))
                .toList();
    }

    private static dev.botstore.api.persona.PersonaBackup view(PersonaBackup row, boolean withContent) {
        return new dev.botstore.api.persona.PersonaBackup(row.getId(), row.getGroupId(), row.getBackupName(),
                row.getTimestamp() == null ? 0 : row.getTimestamp(), row.getReason(), row.getBackupReason(),
                row.getBackupTime(), row.getCreatedAt() == null ? null : row.getCreatedAt().toString(),
                withContent ? json(row.getPersonaConfig(), JsonValue.EMPTY_JSON_OBJECT) : null,
                withContent ? json(row.getOriginalPersona(), JsonValue.EMPTY_JSON_OBJECT) : null,
                withContent ? json(row.getImitationDialogues(), JsonValue.EMPTY_JSON_ARRAY) : null,
                withContent ? orDefault(row.getPersonaContent(), "") : null);
    }

    private static JsonValue json(String text, JsonValue fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        JsonValue value = JsonColumns.read(text);
        return value == null || value == JsonValue.NULL ? fallback : value;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private PersonaStore store() {
        return new PersonaStore(databases.entityManager());
    }
}
