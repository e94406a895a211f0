package dev.botstore.facades.persona;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.Paging;
import dev.botstore.api.persona.BackupInput;
import dev.botstore.api.persona.Persona;
import dev.botstore.api.persona.PersonaUpdate;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.facades.support.JsonColumns;
import dev.botstore.persistence.learning.PersonaLearningReview;
import dev.botstore.persistence.persona.PersonaBackup;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Persona backups and the update history. A backup's JSON content is stored as JSON text; read
 * back, an empty or {@code null} value gives the original's default ({@code {}} or {@code []})
 * and text that is not JSON comes back as a string, so one bad row never breaks a listing.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
public class PersonaFacade implements Persona {

    @EJB
    private Databases databases;

    @Override
    public dev.botstore.api.persona.PersonaBackup backupPersona(BackupInput backup) {
        if (backup == null) {
            throw new InvalidInputException("body", "a backup is required");
        }
        backup.check();
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
        EntityManager em = em();
        em.persist(row);
        em.flush();
        return view(row, true);
    }

    @Override
    public List<dev.botstore.api.persona.PersonaBackup> getPersonaBackups(String groupId, int limit, int offset,
                                                                          boolean includeContent) {
        Paging.check(limit, offset, MAX_PAGE);
        boolean grouped = groupId != null && !groupId.isEmpty();
        TypedQuery<PersonaBackup> query = em().createQuery("SELECT b FROM PersonaBackup b"
                + (grouped ? " WHERE b.groupId = :group" : "") + " ORDER BY b.timestamp DESC, b.id DESC",
                PersonaBackup.class);
        if (grouped) {
            query.setParameter("group", groupId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> view(row, includeContent)).toList();
    }

    @Override
    public Optional<dev.botstore.api.persona.PersonaBackup> getPersonaBackup(int backupId, String groupId) {
        return find(backupId, groupId).map(row -> view(row, true));
    }

    @Override
    public Optional<dev.botstore.api.persona.PersonaBackup> restorePersonaBackup(int backupId, String groupId) {
        return getPersonaBackup(backupId, groupId);
    }

    @Override
    public boolean deletePersonaBackup(int backupId, String groupId) {
        Optional<PersonaBackup> row = find(backupId, groupId);
        row.ifPresent(em()::remove);
        return row.isPresent();
    }

    @Override
    public List<PersonaUpdate> getPersonaUpdateHistory(String groupId, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        boolean grouped = groupId != null && !groupId.isEmpty();
        TypedQuery<PersonaLearningReview> query = em().createQuery("SELECT r FROM PersonaLearningReview r"
                + (grouped ? " WHERE r.groupId = :group" : "") + " ORDER BY r.timestamp DESC, r.id DESC",
                PersonaLearningReview.class);
        if (grouped) {
            query.setParameter("group", groupId);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new PersonaUpdate(r.getId(), r.getTimestamp(), r.getGroupId(), r.getUpdateType(),
                        r.getStatus(), r.getConfidenceScore()))
                .toList();
    }

    /** The backup of that id, unless a group is given and the backup belongs to another. */
    private Optional<PersonaBackup> find(int backupId, String groupId) {
        PersonaBackup row = em().find(PersonaBackup.class, backupId);
        if (row == null || groupId != null && !groupId.isEmpty() && !groupId.equals(row.getGroupId())) {
            return Optional.empty();
        }
        return Optional.of(row);
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

    private EntityManager em() {
        return databases.entityManager();
    }
}
