package dev.botstore.api.pluginstore;

import java.time.Instant;

/**
 * One stored value with its version (1 on creation, +1 on every write), its timestamps and, for a
 * value written with a time to live, when it expires. {@code value} is null in a listing that was
 * asked for keys only.
 */
public record StoreEntry(String key, String value, long version, Instant createdAt, Instant updatedAt,
                         Instant expiresAt) {
}
