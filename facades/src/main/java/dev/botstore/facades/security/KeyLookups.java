package dev.botstore.facades.security;

import dev.botstore.api.security.Caller;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.security.ApiKey;
import dev.botstore.persistence.security.SecurityStore;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.PersistenceException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The transactions behind a key that {@link KeyCache} does not hold: read it by its hash, and note
 * its use. {@link ApiKeyFacade} asks here only on a cache miss, so a busy client's requests run no
 * transaction for their key at all. The note is a write of its own, apart from the read: a
 * database too busy to take it (SQLite under heavy writes) must not refuse a valid key.
 */
@Stateless
@LocalBean
public class KeyLookups {

    private static final Logger LOG = Logger.getLogger(KeyLookups.class.getName());
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    /** A live key's caller, and whether its last noted use is old enough to be noted again. */
    public record Checked(Caller caller, boolean useToNote) {
    }

    @EJB
    private Databases databases;

    @Resource
    private SessionContext context;

    /**
     * The caller of a live key with this hash; empty when there is none or it was revoked. While the
     * database is not ready this fails at once, rather than after waiting for a pooled connection.
     */
    @Interceptors(DatabaseGuard.class)
    public Optional<Checked> check(String hash) {
        return new SecurityStore(databases.entityManager()).keyByHash(hash)
                .filter(key -> key.getRevokedAt() == null && KeySecrets.sameHash(hash, key.getKeyHash()))
                .map(key -> new Checked(new Caller(key.getId(), key.getName(), key.getRole(), key.getPlugin()),
                        useToNote(key, now())));
    }

    /**
     * Last use to the minute, best effort: a write per key per minute, not per request, in a short
     * transaction of its own. A write the database refuses is left for a later check of the key.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void noteUse(long id) {
        LocalDateTime now = now();
        try {
            new SecurityStore(databases.entityManager()).noteUse(id, now, now.minus(LAST_USED_GRANULARITY));
        } catch (PersistenceException refused) {
            LOG.log(Level.FINE, "the last use of a key could not be noted", refused);
            context.setRollbackOnly();
        }
    }

    private static boolean useToNote(ApiKey key, LocalDateTime now) {
        return key.getLastUsedAt() == null || key.getLastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now);
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
