package dev.botstore.facades.database;

import dev.botstore.api.health.DatabaseReadiness;
import dev.botstore.api.health.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Where {@link DatabaseStartup} keeps the database state it decides: every change is published
 * here, and the per-request checks read it here, so that a request costs no call through the
 * start-up singleton's EJB proxy.
 */
@ApplicationScoped
public class PublishedStatus implements DatabaseReadiness {

    private volatile DatabaseStatus status;

    @Override
    public DatabaseStatus status() {
        return status;
    }

    void publish(DatabaseStatus next) {
        status = next;
    }
}
