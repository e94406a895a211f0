package dev.botstore.api.pluginstore;

import java.time.Instant;

/**
 * An entry with the scope it lives in, for an operator's view of a whole plugin across chats and
 * users (what Nekro Agent's web UI shows of a plugin's data).
 */
public record ScopedEntry(String chatKey, String userKey, String key, String value, long version, Instant createdAt,
                          Instant updatedAt, Instant expiresAt) {
}
