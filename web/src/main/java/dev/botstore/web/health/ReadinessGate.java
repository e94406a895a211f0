package dev.botstore.web.health;

import dev.botstore.api.error.DatabaseNotReadyException;
import dev.botstore.api.health.DatabaseMonitor;
import dev.botstore.api.health.DatabaseStatus;
import jakarta.ejb.EJB;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Until the database is ready, and whenever it goes away, every API call is answered 503 with
 * {@code Retry-After} before it reaches a resource. Runs after matching, so an unknown route is
 * still a 404, and so it can let through the resources marked {@link WithoutDatabase}.
 */
@Provider
public class ReadinessGate implements ContainerRequestFilter {

    @EJB
    private DatabaseMonitor monitor;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> target = resource == null ? null : resource.getResourceClass();
        if (target != null && target.isAnnotationPresent(WithoutDatabase.class)) {
            return;
        }
        DatabaseStatus status = monitor.status();
        if (!status.ready()) {
            throw new DatabaseNotReadyException("the database is not ready: " + status.reason(),
                    status.retryAfterSeconds());
        }
    }
}
