package dev.botstore.api.health;

/** Read access to the database state kept by the start-up singleton. */
public interface DatabaseMonitor {

    DatabaseStatus status();
}
