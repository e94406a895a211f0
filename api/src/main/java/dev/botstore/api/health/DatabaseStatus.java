package dev.botstore.api.health;

import java.time.Instant;

/**
 * What readiness and the admin API say about the database. Never carries a password.
 *
 * @param backend          the normalised {@code db_type} actually in use (postgresql, mysql, sqlite)
 * @param configuredBackend the {@code db_type} as configured, before any fallback
 * @param database         database name, or the SQLite file
 * @param schema           the PostgreSQL schema; null on other backends
 * @param fallbackEnabled  whether {@code db_fallback_sqlite} is on
 * @param fallbackActive   true when PostgreSQL was unreachable and SQLite is serving instead
 * @param reason           why the state is not READY (or what the fallback replaced); null when ready
 * @param attempts         start-up attempts so far
 * @param retryAfterSeconds how long a caller should wait before trying again when not ready
 */
public record DatabaseStatus(DatabaseState state, String backend, String configuredBackend, String database,
                             String schema, boolean fallbackEnabled, boolean fallbackActive, String reason,
                             Instant since, int attempts, int retryAfterSeconds) {

    public boolean ready() {
        return state == DatabaseState.READY;
    }
}
