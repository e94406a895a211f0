package dev.botstore.facades.database;

import dev.botstore.api.error.DatabaseNotReadyException;
import dev.botstore.api.health.DatabaseStatus;
import dev.botstore.persistence.schema.TransientFailures;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;

/**
 * Stands in front of every facade: refuses calls with {@link DatabaseNotReadyException} (503)
 * while the database is not ready, and turns a lost connection into the same answer, telling
 * {@link DatabaseStartup} so that it re-probes and recovers by itself.
 */
public class DatabaseGuard {

    @EJB
    private DatabaseStartup startup;

    @Inject
    private PublishedStatus published;

    @AroundInvoke
    public Object guard(InvocationContext call) throws Exception {
        DatabaseStatus status = published.status();
        if (!status.ready()) {
            throw new DatabaseNotReadyException("the database is not ready: " + status.reason(),
                    status.retryAfterSeconds());
        }
        try {
            return call.proceed();
        } catch (Exception e) {
            if (TransientFailures.isConnectionLoss(e)) {
                startup.connectionLost(e);
                throw new DatabaseNotReadyException("the database connection was lost; retrying", 1, e);
            }
            throw e;
        }
    }
}
