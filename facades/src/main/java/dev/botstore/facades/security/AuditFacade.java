package dev.botstore.facades.security;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.Paging;
import dev.botstore.api.security.AuditEntry;
import dev.botstore.api.security.AuditPage;
import dev.botstore.api.security.AuditTrail;
import dev.botstore.api.security.Caller;
import dev.botstore.api.security.Roles;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.security.AuditRecord;
import dev.botstore.persistence.security.SecurityStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The audit trail of admin actions. An entry is written in a transaction of its own, after the
 * action succeeded, so that an action's own rollback cannot take its record with it.
 */
@Stateless
@Local(AuditTrail.class)
@RolesAllowed(Roles.ADMIN)
public class AuditFacade implements AuditTrail {

    static final int MAX_PAGE = 1000;
    private static final int MAX_TARGET_CHARS = 512;

    @EJB
    private Databases databases;

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Caller by, String operation, String target, String details) {
        String shortTarget = target == null || target.length() <= MAX_TARGET_CHARS ? target
                : target.substring(0, MAX_TARGET_CHARS);
        new SecurityStore(databases.entityManager()).add(new AuditRecord(ApiKeyFacade.now(), by.keyId(), by.name(),
                operation, shortTarget, details));
    }

    @Override
    public AuditPage page(String cursor, int limit) {
        Paging.limit(limit, MAX_PAGE);
        Long before = null;
        if (cursor != null && !cursor.isEmpty()) {
            try {
                before = Long.parseLong(cursor);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("cursor", "cursor must be a next_cursor of an earlier page");
            }
        }
        List<AuditRecord> rows = new SecurityStore(databases.entityManager()).audit(before, limit + 1);
        boolean more = rows.size() > limit;
        List<AuditEntry> entries = rows.stream().limit(limit).map(AuditFacade::entry).toList();
        return new AuditPage(entries, more ? Long.toString(entries.get(entries.size() - 1).id()) : null);
    }

    private static AuditEntry entry(AuditRecord row) {
        return new AuditEntry(row.getId(), row.getAt().toInstant(ZoneOffset.UTC), row.getKeyId(), row.getKeyName(),
                row.getOperation(), row.getTarget(), row.getDetails());
    }
}
