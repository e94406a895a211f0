package dev.botstore.facades.database;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The datasource and dialect of the unit in use as {@link Databases} last resolved them, where the
 * key-value store reads them on every request without a call through the singleton's EJB proxy
 * (container pre- and post-invoke for what is a field read). Databases publishes here when it
 * resolves the unit in use and clears it when it switches units; a reader that finds nothing asks
 * Databases, which resolves and publishes.
 */
@ApplicationScoped
public class DatabaseInUse {

    @EJB
    private Databases databases;

    private volatile Databases.InUse current;

    public Databases.InUse get() {
        Databases.InUse known = current;
        return known != null ? known : databases.inUse();
    }

    void publish(Databases.InUse inUse) {
        current = inUse;
    }
}
