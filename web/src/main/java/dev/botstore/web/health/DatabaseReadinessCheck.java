package dev.botstore.web.health;

import dev.botstore.api.health.DatabaseMonitor;
import dev.botstore.api.health.DatabaseStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** {@code /health/ready}: UP once the database is ready; says which database, and why not when DOWN. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @EJB
    private DatabaseMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus status = monitor.probe();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status(status.ready())
                .withData("state", status.state().name().toLowerCase())
                .withData("fallback_enabled", status.fallbackEnabled())
                .withData("fallback_active", status.fallbackActive())
                .withData("attempts", status.attempts());
        put(response, "backend", status.backend());
        put(response, "configured_backend", status.configuredBackend());
        put(response, "database", status.database());
        put(response, "schema", status.schema());
        put(response, "reason", status.reason());
        put(response, "since", status.since() == null ? null : status.since().toString());
        return response.build();
    }

    private static void put(HealthCheckResponseBuilder response, String key, String value) {
        if (value != null) {
            response.withData(key, value);
        }
    }
}
