package dev.botstore.web.health;

import dev.botstore.api.health.DatabaseMonitor;
import dev.botstore.api.health.DatabaseState;
import dev.botstore.api.health.DatabaseStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code /health/ready}: UP once the database is ready; says which database, and why not when DOWN.
 * Answers within {@link ReadinessProbe#TIMEOUT_MILLIS} ms plus a little, whatever the database does.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @EJB
    private DatabaseMonitor monitor;

    @Inject
    private ReadinessProbe probe;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus status = probed();
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

    /** The probed status; when the probe did not answer in time, the database is not ready now. */
    private DatabaseStatus probed() {
        try {
            return probe.probe().toCompletableFuture().get();
        } catch (ExecutionException | InterruptedException notInTime) {
            if (notInTime instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            DatabaseStatus s = monitor.status();
            return !s.ready() ? s : new DatabaseStatus(DatabaseState.UNAVAILABLE, s.backend(), s.configuredBackend(),
                    s.database(), s.schema(), s.fallbackEnabled(), s.fallbackActive(), "the database did not answer"
                    + " within " + ReadinessProbe.TIMEOUT_MILLIS + " ms", Instant.now(), s.attempts(), 1);
        }
    }

    private static void put(HealthCheckResponseBuilder response, String key, String value) {
        if (value != null) {
            response.withData(key, value);
        }
    }
}
