package dev.botstore.api.health;

/** Read access to the database state kept by the start-up singleton. */
public interface DatabaseMonitor {

    /** The state as last seen; cheap, for every request. */
    DatabaseStatus status();

    /** Like {@link #status()}, but when ready it first checks that the database still answers. */
    DatabaseStatus probe();
}
