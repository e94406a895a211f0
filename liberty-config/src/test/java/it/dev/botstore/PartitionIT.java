package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ApiKeys;
import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import it.dev.botstore.support.TcpProxy;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL goes silent behind a proxy that stops forwarding without closing a connection, as a
 * network partition does: readiness keeps answering within 2 s, API calls get a 503 with
 * Retry-After within 15 s, and once the proxy forwards again the server is back by itself. Meanwhile
 * a metrics key the server checked before still reads {@code /metrics}, which then says so.
 * Runs in the "late" scenario, where PostgreSQL is reached through the proxy port.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfSystemProperty(named = "it.scenario", matches = "late")
class PartitionIT {

    private static final String KEY = "/api/v1/plugins/alice.partition/store/k";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @Test
    void aSilentDatabaseIsAnswered503WithinSecondsAndTheServerRecoversByItself() throws Exception {
        ItDatabase.require();
        try (TcpProxy postgres = TcpProxy.start(ItDatabase.proxyPort(), ItDatabase.PG, 5432)) {
            awaitWritable("before the partition");

            postgres.silence();
            long silentSince = System.nanoTime();
            HttpResponse<String> ready = timed("readiness during the partition", Duration.ofSeconds(2),
                    () -> Http.get("/health/ready"));
            HttpResponse<String> write = timed("a write during the partition", Duration.ofSeconds(15),
                    () -> Http.putText(KEY, "during"));
            assertEquals(503, write.statusCode(), write.body());
            assertTrue(write.headers().firstValue("Retry-After").isPresent(), "503 carries Retry-After");
            assertEquals("application/problem+json", write.headers().firstValue("Content-Type").orElse("").split(";")[0]);
            assertTrue(Duration.ofNanos(System.nanoTime() - silentSince).compareTo(Duration.ofSeconds(15)) < 0,
                    "the first 503 came within 15 s of the database going silent");
            HttpResponse<String> read = timed("a read once the partition is known", Duration.ofSeconds(2),
                    () -> Http.get(KEY));
            assertEquals(503, read.statusCode(), read.body());
            ready = timed("readiness once the partition is known", Duration.ofSeconds(2),
                    () -> Http.get("/health/ready"));
            assertEquals(503, ready.statusCode(), ready.body());

            postgres.resume();
            awaitWritable("after the partition");
            assertEquals(200, Http.get("/health/ready").statusCode());
        }
    }

    @Test
    void aMetricsKeyCheckedBeforeTheDatabaseWentSilentStillReadsMetrics() throws Exception {
        ItDatabase.require();
        try (TcpProxy postgres = TcpProxy.start(ItDatabase.proxyPort(), ItDatabase.PG, 5432)) {
            awaitWritable("before the partition");
            String seen = ApiKeys.create("partition-scraper", "metrics", null).secret();
            String unseen = ApiKeys.create("partition-newcomer", "metrics", null).secret();
            assertEquals(200, scrape(seen).statusCode());

            postgres.silence();
            Http.putText(KEY, "during"); // a statement that gets no answer tells the server
            assertEquals(503, Http.awaitStatus("/health/ready", 503, Duration.ofSeconds(30)).statusCode());
            HttpResponse<String> metrics = timed("a scrape during the partition", Duration.ofSeconds(2), () -> scrape(seen));
            assertEquals(200, metrics.statusCode(), metrics.body());
            assertTrue(Pattern.compile("(?m)^botstore_database_ready\\{[^}]*} 0(\\.0)?$").matcher(metrics.body()).find(),
                    metrics.body());
            HttpResponse<String> newcomer = timed("a scrape with a key never checked", Duration.ofSeconds(2),
                    () -> scrape(unseen));
            assertEquals(503, newcomer.statusCode(), newcomer.body());

            postgres.resume();
            awaitWritable("after the partition");
        }
    }

    private static HttpResponse<String> scrape(String key) {
        return Http.send(Http.requestWithKey("/metrics", key).header("Accept", "text/plain"));
    }

    /** Waits until a write succeeds: readiness and a pool whose connections all go through the proxy. */
    private static void awaitWritable(String when) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            last = Http.putText(KEY, when);
            if (last.statusCode() / 100 == 2) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no successful write " + when + " within 120 s; last: " + last.statusCode() + " "
                + last.body());
    }

    private static HttpResponse<String> timed(String what, Duration within, Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> response = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(within) < 0, what + " took " + took.toMillis() + " ms, more than " + within);
        return response;
    }
}
