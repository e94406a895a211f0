package dev.botstore.api.health;

/** Where the database connection stands, as start-up and the running server see it. */
public enum DatabaseState {
    /** Start-up has not finished its first attempt yet. */
    STARTING,
    /** Provisioned, schema synced, {@code SELECT 1} answered: the API serves requests. */
    READY,
    /** The database could not be reached (at start-up or later); retrying with back-off. */
    UNAVAILABLE,
    /** The configuration cannot work (an unknown {@code db_type}, say); no retry will fix it. */
    MISCONFIGURED
}
