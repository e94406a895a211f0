package dev.botstore.web.health;

import dev.botstore.api.error.DatabaseNotReadyException;
import dev.botstore.api.health.DatabaseReadiness;
import dev.botstore.api.health.DatabaseStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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
@ApplicationScoped
public class ReadinessGate implements ContainerRequestFilter {

    @Inject
    private DatabaseReadiness readiness;

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> target = resource == null ? null : resource.getResourceClass();
        if (target != null && target.isAnnotationPresent(WithoutDatabase.class)) {
            return;
        }
        DatabaseStatus status = readiness.status();
        if (!status.ready()) {
            throw new DatabaseNotReadyException("the database is not ready: " + status.reason(),
                    status.retryAfterSeconds());
        }
    }
}
