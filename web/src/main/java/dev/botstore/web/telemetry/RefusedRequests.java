package dev.botstore.web.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The {@code botstore_http_refused_total{status=…}} counter: requests turned away for who sent them
 * or how much (401, 403, 413, 429), which an operator watches for a misconfigured bot or an attack.
 * Responses that leave the web module are counted by {@link RefusalCounting}; code that refuses a
 * request before the module's filters run (an authentication mechanism) calls {@link #count} itself.
 */
@ApplicationScoped
public class RefusedRequests {

    /** The statuses this counter is about; any other status is not a refusal of the caller. */
    public static final Set<Integer> STATUSES = Set.of(401, 403, 413, 429);

    @Inject
    MetricRegistry registry;

    public void count(int status) {
        if (STATUSES.contains(status)) {
            registry.counter(Metadata.builder().withName("botstore.http.refused")
                    .withDescription("requests refused: 401 no valid key, 403 not allowed, 413 too large, 429 slow down")
                    .build(), new Tag("status", Integer.toString(status))).inc();
        }
    }
}
