package dev.botstore.api.security;

import java.time.Instant;

/**
 * A key as listed: everything but the secret, which is shown once at creation and never stored.
 *
 * @param prefix the first characters of the secret, so an operator can tell keys apart
 */
public record ApiKeyInfo(long id, String name, String role, String plugin, String prefix,
                         Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
}
