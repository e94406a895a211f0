package dev.botstore.web.health;

import dev.botstore.api.health.DatabaseMonitor;
import dev.botstore.api.health.DatabaseStatus;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.faulttolerance.Asynchronous;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * The database probe behind {@code /health/ready}, bounded by MicroProfile Fault Tolerance: it runs
 * on a thread of its own and is given up after {@value #TIMEOUT_MILLIS} ms, so a database that
 * went silent (a network partition) cannot hold readiness for as long as its socket timeout.
 */
@ApplicationScoped
public class ReadinessProbe {

    static final long TIMEOUT_MILLIS = 1500;

    @EJB
    private DatabaseMonitor monitor;

    @Asynchronous
    @Timeout(TIMEOUT_MILLIS)
    public CompletionStage<DatabaseStatus> probe() {
        return CompletableFuture.completedFuture(monitor.probe());
    }
}
