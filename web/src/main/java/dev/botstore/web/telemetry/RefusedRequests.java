package dev.botstore.web.telemetry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * The {@code botstore_http_refused_total{status=…}} counter: requests turned away for who sent them
 * or how much (401, 403, 413, 429), which an operator watches for a misconfigured bot or an attack,
 * or to be sent again later (503: the database not ready, a transient conflict, the heap short).
 * Responses that leave the web module are counted by {@link RefusalCounting}; code that answers a
 * request outside the module's filters (an authentication mechanism, the out-of-memory guard) calls
 * {@link #count} itself.
 */
@ApplicationScoped
public class RefusedRequests {

    /** The statuses this counter is about; any other status is not a refusal of the caller. */
    public static final Set<Integer> STATUSES = Set.of(401, 403, 413, 429, 503);

    @Inject
    MetricRegistry registry;

    public void count(int status) {
        if (STATUSES.contains(status)) {
            registry.counter(Metadata.builder().withName("botstore.http.refused")
                    .withDescription("requests refused: 401 no valid key, 403 not allowed, 413 too large, 429 slow down,"
                            + " 503 try again later")
                    .build(), new Tag("status", Integer.toString(status))).inc();
        }
    }
}
