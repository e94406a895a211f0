package dev.botstore.api.security;

import java.time.Instant;

/**
 * One admin action that changed or exported data.
 *
 * @param operation what was done, e.g. {@code data.clear}, {@code keys.create}
 * @param target    what it was done to (a category, a plugin, a key id), or null
 * @param details   its counts or other outcome, as JSON text, or null
 */
public record AuditEntry(long id, Instant at, long keyId, String keyName, String operation, String target,
                         String details) {
}
