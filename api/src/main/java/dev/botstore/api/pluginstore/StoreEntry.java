package dev.botstore.api.pluginstore;

import java.time.Instant;

/** One stored value with its version (1 on creation, +1 on every write) and its timestamps. */
public record StoreEntry(String key, String value, long version, Instant createdAt, Instant updatedAt) {
}
