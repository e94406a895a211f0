package dev.botstore.facades.persona;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.Paging;
import dev.botstore.api.persona.BackupInput;
import dev.botstore.api.persona.Persona;
import dev.botstore.api.persona.PersonaBackup;
import dev.botstore.api.persona.PersonaUpdate;
import dev.botstore.api.security.Roles;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.support.RetriedTransactions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Persona backups and the update history. Validates here; the work is {@link PersonaTransactions}'s,
 * retried on a transient failure.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PersonaFacade implements Persona {

    @EJB
    private PersonaTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Override
    public PersonaBackup backupPersona(BackupInput backup) {
        if (backup == null) {
            throw new InvalidInputException("body", "a backup is required");
        }
        backup.check();
        return retrying(() -> transactions.backup(backup));
    }

    @Override
    public List<PersonaBackup> getPersonaBackups(String groupId, int limit, int offset, boolean includeContent) {
        Paging.check(limit, offset, MAX_PAGE);
        return retrying(() -> transactions.backups(groupId, limit, offset, includeContent));
    }

    @Override
    public Optional<PersonaBackup> getPersonaBackup(int backupId, String groupId) {
        return retrying(() -> transactions.backup(backupId, groupId));
    }

    @Override
    public Optional<PersonaBackup> restorePersonaBackup(int backupId, String groupId) {
        return getPersonaBackup(backupId, groupId);
    }

    @Override
    public boolean deletePersonaBackup(int backupId, String groupId) {
        return retrying(() -> transactions.delete(backupId, groupId));
    }

    @Override
    public List<PersonaUpdate> getPersonaUpdateHistory(String groupId, int limit, int offset) {
        Paging.check(limit, offset, MAX_PAGE);
        return retrying(() -> transactions.updates(groupId, limit, offset));
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
