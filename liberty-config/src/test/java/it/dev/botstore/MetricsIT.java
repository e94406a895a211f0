package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ApiKeys;
import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What Prometheus finds on {@code /metrics} after a small workload: Liberty's own numbers (REST
 * operations, the connection pool, JVM memory and GC) and Botstore's, each with a plausible value;
 * and who may read it: a key of role {@code metrics} or {@code admin}, nobody else.
 */
class MetricsIT extends DeployedBotstore {

    private static final String PLUGIN = "metrics_" + UUID.randomUUID().toString().substring(0, 8) + ".probe";
    private static final String STORE = "/api/v1/plugins/" + PLUGIN + "/store/";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? (\\S+)$");

    private static Map<String, Double> scrape;

    @BeforeAll
    static void smallWorkload() throws Exception {
        assertEquals(201, Http.putText(STORE + "theme", "dark").statusCode());
        assertEquals(200, Http.get(STORE + "theme").statusCode());
        assertEquals(404, Http.get(STORE + "nothing_here").statusCode());
        assertEquals(412, Http.send(Http.request(STORE + "theme").header("Content-Type", "text/plain")
                .header("If-Match", "\"7\"").PUT(HttpRequest.BodyPublishers.ofString("light"))).statusCode());
        assertEquals(201, Http.putText(STORE + "short_lived?ttl_seconds=1", "gone soon").statusCode());
        assertEquals(413, Http.putText(STORE + "huge", "x".repeat(1024 * 1024 + 1)).statusCode());
        assertEquals(201, Http.postJson("/api/v1/messages/batch", "{\"messages\":["
                + "{\"sender_id\":\"1\",\"message\":\"hi\",\"group_id\":\"metrics\",\"timestamp\":1760000000},"
                + "{\"sender_id\":\"2\",\"message\":\"yo\",\"group_id\":\"metrics\",\"timestamp\":1760000001}]}")
                .statusCode());
        assertEquals(201, Http.send(Http.request("/api/v1/plugins/" + PLUGIN + "/files/report.txt")
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofString("12345"))).statusCode());
        // the purge runs every second in the tests; the expired entry is gone within a few
        long deadline = System.nanoTime() + 20_000_000_000L;
        do {
            Thread.sleep(1000);
            scrape = scrape();
        } while (sum("botstore_kv_expired_purged_total", "") < 1 && System.nanoTime() < deadline);
    }

    @Test
    void theScrapeIsPrometheusText() {
        HttpResponse<String> response = Http.send(Http.request("/metrics").header("Accept", "text/plain"));
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
                response.headers().toString());
        assertTrue(response.body().contains("# TYPE botstore_database_ready gauge"), response.body());
    }

    @Test
    void aKeyOfRoleMetricsReadsTheScrape() {
        HttpResponse<String> response = scrapeWith(ApiKeys.create("metrics-scraper", "metrics", null).secret());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("# TYPE botstore_database_ready gauge"), response.body());
    }

    @Test
    void withoutAKeyOrWithAWrongOneTheScrapeIsRefused() {
        HttpResponse<String> none = Http.send(Http.requestWithoutKey("/metrics").header("Accept", "text/plain"));
        assertEquals(401, none.statusCode(), none.body());
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(none.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                none.headers().toString());
        assertFalse(none.body().contains("botstore_"), none.body());
        HttpResponse<String> wrong = scrapeWith("bs_not_a_key_" + UUID.randomUUID());
        assertEquals(401, wrong.statusCode(), wrong.body());
        assertFalse(wrong.body().contains("botstore_"), wrong.body());
    }

    @Test
    void keysOfOtherRolesAreForbiddenTheScrape() {
        for (ApiKeys.Key key : List.of(ApiKeys.create("metrics-bot", "bot", null),
                ApiKeys.create("metrics-plugin", "plugin", PLUGIN))) {
            HttpResponse<String> response = scrapeWith(key.secret());
            assertEquals(403, response.statusCode(), response.body());
            assertTrue(response.body().contains("role metrics or admin"), response.body());
            assertFalse(response.body().contains("botstore_"), response.body());
        }
    }

    @Test
    void aRevokedMetricsKeyNoLongerReadsTheScrape() {
        ApiKeys.Key key = ApiKeys.create("metrics-revoked", "metrics", null);
        assertEquals(200, scrapeWith(key.secret()).statusCode());
        ApiKeys.revoke(key);
        assertEquals(401, scrapeWith(key.secret()).statusCode());
    }

    @Test
    void restOperationsAreCountedAndTimedOneByOne() {
        String operation = "class=\"dev.botstore.web.pluginstore.PluginStoreResource\"";
        assertTrue(sum("REST_request_seconds_count", operation) >= 4, names("REST"));
        assertTrue(sum("REST_request_seconds_sum", operation) > 0);
        assertTrue(has("REST_request_seconds_count", operation + ",method=\"get"), names("REST"));
        assertTrue(sum("http_server_request_duration_seconds_count", "http_response_status_code=\"201\","
                + "http_route=\"/api/v1/messages/batch\"") >= 1, names("http_server"));
    }

    @Test
    void theConnectionPoolOfTheDatasourceIsThere() {
        assertTrue(sum("connectionpool_managedConnections", "datasource=\"jdbc_botstore\"") >= 1, names("connectionpool"));
        assertTrue(has("connectionpool_waitTime_total_seconds", "datasource=\"jdbc_botstore\""), names("connectionpool"));
    }

    @Test
    void jvmMemoryAndGarbageCollectionAreThere() {
        assertTrue(sum("memory_usedHeap_bytes", "") > 1_000_000, names("memory"));
        assertTrue(sum("memory_maxHeap_bytes", "") > 0, names("memory"));
        assertTrue(has("gc_total", ""), names("gc"));
    }

    @Test
    void theDatabaseIsReadyAndTheSchemaSyncIsReported() {
        assertEquals(1, sum("botstore_database_ready", ""));
        assertTrue(has("botstore_schema_changes", ""));
        assertTrue(has("botstore_schema_warnings", ""));
    }

    @Test
    void keyValueOperationsAreCountedByKindAndOutcome() {
        assertTrue(sum("botstore_kv_operations_total", "kind=\"get\",mp_scope=\"application\",outcome=\"hit\"") >= 1,
                names("botstore_kv"));
        assertTrue(sum("botstore_kv_operations_total", "kind=\"get\",mp_scope=\"application\",outcome=\"miss\"") >= 1);
        assertTrue(sum("botstore_kv_operations_total", "kind=\"put\",mp_scope=\"application\",outcome=\"written\"") >= 2);
        assertTrue(sum("botstore_kv_operations_total",
                "kind=\"put\",mp_scope=\"application\",outcome=\"precondition_failed\"") >= 1);
        assertTrue(sum("botstore_kv_expired_purged_total", "") >= 1);
    }

    @Test
    void ingestedMessagesAndFileAreaBytesAreCounted() {
        assertTrue(sum("botstore_messages_ingested_total", "") >= 2, names("botstore_messages"));
        assertEquals(5, sum("botstore_files_bytes", "plugin=\"" + PLUGIN + "\""), names("botstore_files"));
    }

    @Test
    void refusedRequestsAreCountedByStatus() {
        assertTrue(sum("botstore_http_refused_total", "status=\"413\"") >= 1, names("botstore_http"));
    }

    private static HttpResponse<String> scrapeWith(String key) {
        return Http.send(Http.requestWithKey("/metrics", key).header("Accept", "text/plain"));
    }

    private static Map<String, Double> scrape() {
        HttpResponse<String> response = Http.send(Http.request("/metrics").header("Accept", "text/plain"));
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Double> samples = new HashMap<>();
        for (String line : response.body().split("\n")) {
            Matcher m = SAMPLE.matcher(line.strip());
            if (!line.startsWith("#") && m.matches()) {
                samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
            }
        }
        return samples;
    }

    /** The sum over the samples of {@code name} whose labels contain {@code labels}. */
    private static double sum(String name, String labels) {
        return matching(name, labels).stream().mapToDouble(scrape::get).sum();
    }

    private static boolean has(String name, String labels) {
        return !matching(name, labels).isEmpty();
    }

    private static List<String> matching(String name, String labels) {
        return scrape.keySet().stream()
                .filter(k -> k.equals(name) || k.startsWith(name + "{"))
                .filter(k -> k.contains(labels)).toList();
    }

    private static String names(String prefix) {
        return scrape.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList().toString();
    }
}
