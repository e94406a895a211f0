package dev.botstore.facades.security;

import dev.botstore.api.security.Caller;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.security.ApiKey;
import dev.botstore.persistence.security.SecurityStore;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The transaction behind a key that {@link KeyCache} does not hold: read it by its hash and note
 * its use. {@link ApiKeyFacade} asks here only on a cache miss, so a busy client's requests run no
 * transaction for their key at all.
 */
@Stateless
@LocalBean
public class KeyLookups {

    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @EJB
    private Databases databases;

    /**
     * The caller of a live key with this hash; empty when there is none or it was revoked. While the
     * database is not ready this fails at once, rather than after waiting for a pooled connection.
     */
    @Interceptors(DatabaseGuard.class)
    public Optional<Caller> callerOf(String hash) {
        Optional<ApiKey> found = new SecurityStore(databases.entityManager()).keyByHash(hash)
                .filter(key -> key.getRevokedAt() == null && KeySecrets.sameHash(hash, key.getKeyHash()));
        found.ifPresent(KeyLookups::markUsed);
        return found.map(key -> new Caller(key.getId(), key.getName(), key.getRole(), key.getPlugin()));
    }

    /** Last use to the minute: a write per key per minute, not per request. */
    private static void markUsed(ApiKey key) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        if (key.getLastUsedAt() == null || key.getLastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
            key.setLastUsedAt(now);
        }
    }
}
