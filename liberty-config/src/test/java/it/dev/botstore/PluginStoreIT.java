package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The plugin key-value store through REST, end to end, as a plugin author would use it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginStoreIT {

    private static final String STORE = "/api/v1/plugins/alice.weather/store/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @BeforeAll
    static void ready() throws Exception {
        ItDatabase.require();
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
    }

    @Test
    void writeReadAndDeleteOneKey() {
        String key = STORE + "user_prefs:theme?chat_key=group_42";

        HttpResponse<String> created = Http.putText(key, "dark");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("\"1\"", created.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> replaced = Http.send(Http.request(key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"light ☀\"}")));
        assertEquals(200, replaced.statusCode(), replaced.body());
        assertEquals("\"2\"", replaced.headers().firstValue("ETag").orElseThrow());

        HttpResponse<String> json = Http.get(key);
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"value\":\"light ☀\""), json.body());
        assertTrue(json.body().contains("\"version\":2"), json.body());
        assertTrue(json.body().contains("\"created_at\""), json.body());
        assertTrue(json.body().contains("\"updated_at\""), json.body());

        HttpResponse<String> text = Http.send(Http.request(key).header("Accept", "text/plain"));
        assertEquals("light ☀", text.body());

        assertEquals(204, Http.delete(key).statusCode());
        assertProblem(Http.delete(key), 404);
        assertProblem(Http.get(key), 404);
    }

    @Test
    void theFourScopesKeepTheirOwnValues() {
        List<String> scopes = List.of("", "?chat_key=g1", "?user_key=u1", "?chat_key=g1&user_key=u1");
        for (String scope : scopes) {
            assertEquals(201, Http.putText(STORE + "scoped" + scope, "value for " + scope).statusCode());
        }
        for (String scope : scopes) {
            HttpResponse<String> read = Http.send(Http.request(STORE + "scoped" + scope).header("Accept", "text/plain"));
            assertEquals("value for " + scope, read.body());
        }
    }

    @Test
    void thirtyTwoConcurrentWritersOfOneKeyAllSucceedAndLeaveOneEntry() throws Exception {
        String key = STORE + "counter?chat_key=race";
        int writers = 32;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String value = "writer " + i;
                statuses.add(pool.submit(() -> {
                    go.await();
                    return Http.putText(key, value).statusCode();
                }));
            }
            go.countDown();
            int created = 0;
            for (Future<Integer> status : statuses) {
                int code = status.get();
                assertTrue(code == 200 || code == 201, "every writer succeeds, got " + code);
                created += code == 201 ? 1 : 0;
            }
            assertEquals(1, created, "exactly one writer created the entry");
        } finally {
            pool.shutdownNow();
        }
        HttpResponse<String> entry = Http.get(key);
        assertTrue(entry.body().contains("\"version\":" + writers), "one row, written 32 times: " + entry.body());
    }

    @Test
    void aValueOverOneMebibyteIs413AndPointsToTheFileArea() {
        HttpResponse<String> tooLarge = Http.putText(STORE + "big", "a".repeat(1024 * 1024 + 1));
        assertProblem(tooLarge, 413);
        assertTrue(tooLarge.body().contains("file area"), tooLarge.body());
        assertProblem(Http.get(STORE + "big"), 404);

        assertEquals(201, Http.putText(STORE + "exactly-the-limit", "a".repeat(1024 * 1024)).statusCode());
    }

    @Test
    void badNamesAre400sThatSayWhichRuleIsBroken() {
        HttpResponse<String> digit = Http.putText("/api/v1/plugins/1bad.x/store/k", "v");
        assertProblem(digit, 400);
        assertTrue(digit.body().contains("starts with a digit"), digit.body());
        assertTrue(digit.body().contains("\"field\":\"plugin\""), digit.body());

        assertProblem(Http.putText("/api/v1/plugins/nodot/store/k", "v"), 400);
        assertProblem(Http.putText(STORE + "k?chat_key=" + "c".repeat(257), "v"), 400);
        assertProblem(Http.putText(STORE + "k".repeat(129), "v"), 400);
    }

    @Test
    void malformedRequestsGetProblemDetails() {
        assertProblem(Http.send(Http.request(STORE + "k").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{not json"))), 400);
        assertProblem(Http.send(Http.request(STORE + "k").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": 42}"))), 400);
        assertProblem(Http.get("/api/v1/no/such/route"), 404);
        assertProblem(Http.send(Http.request(STORE + "k").POST(HttpRequest.BodyPublishers.ofString("x"))), 405);
        assertProblem(Http.send(Http.request(STORE + "k").header("Content-Type", "application/xml")
                .PUT(HttpRequest.BodyPublishers.ofString("<v/>"))), 415);
    }

    @Test
    void twoWritersWithTheSameIfMatchVersionOneGets200TheOther412() throws Exception {
        String key = STORE + "cas?chat_key=cas";
        assertEquals(201, Http.putText(key, "v1").statusCode());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> writers = new ArrayList<>();
            for (String value : List.of("left", "right")) {
                writers.add(pool.submit(() -> {
                    go.await();
                    return Http.send(Http.request(key).header("Content-Type", "text/plain").header("If-Match", "\"1\"")
                            .PUT(HttpRequest.BodyPublishers.ofString(value)));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> writer : writers) {
                HttpResponse<String> response = writer.get();
                statuses.add(response.statusCode());
                if (response.statusCode() == 412) {
                    assertProblem(response, 412);
                }
            }
            assertEquals(List.of(200, 412), statuses.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
        assertEquals("\"2\"", Http.get(key).headers().firstValue("ETag").orElseThrow());
        assertProblem(Http.send(Http.request(key).header("If-Match", "\"1\"").DELETE()), 412);
        assertEquals(204, Http.send(Http.request(key).header("If-Match", "\"2\"").DELETE()).statusCode());
    }

    @Test
    void createOnlyAndNotModified() {
        String key = STORE + "once";
        HttpResponse<String> created = Http.send(Http.request(key).header("Content-Type", "text/plain")
                .header("If-None-Match", "*").PUT(HttpRequest.BodyPublishers.ofString("first")));
        assertEquals(201, created.statusCode(), created.body());
        assertProblem(Http.send(Http.request(key).header("Content-Type", "text/plain")
                .header("If-None-Match", "*").PUT(HttpRequest.BodyPublishers.ofString("second"))), 412);
        assertEquals("first", Http.send(Http.request(key).header("Accept", "text/plain")).body());

        assertEquals(304, Http.send(Http.request(key).header("If-None-Match", "\"1\"")).statusCode());
        assertEquals(200, Http.send(Http.request(key).header("If-None-Match", "\"7\"")).statusCode());
        assertProblem(Http.send(Http.request(STORE + "never").header("Content-Type", "text/plain")
                .header("If-Match", "*").PUT(HttpRequest.BodyPublishers.ofString("x"))), 412);
        assertProblem(Http.send(Http.request(key).header("Content-Type", "text/plain")
                .header("If-Match", "soon").PUT(HttpRequest.BodyPublishers.ofString("x"))), 400);
    }

    @Test
    void aKeyWithATtlOfOneSecondIsGoneAfterTwoAndItsRowIsPurged() throws Exception {
        String key = STORE + "ephemeral?chat_key=ttl";
        HttpResponse<String> written = Http.send(Http.request(key).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": \"soon gone\", \"ttl_seconds\": 1}")));
        assertEquals(201, written.statusCode(), written.body());
        assertTrue(written.body().contains("\"expires_at\""), written.body());
        assertEquals(200, Http.get(key).statusCode());

        Thread.sleep(2000);
        assertProblem(Http.get(key), 404);
        long deadline = System.currentTimeMillis() + 15_000; // the IT server purges every second
        while (rowsOf("ephemeral") > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(0, rowsOf("ephemeral"), "the purge removed the expired row");
        assertProblem(Http.putText(key + "&ttl_seconds=0", "x"), 400);
    }

    private static long rowsOf(String dataKey) throws Exception {
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM plugin_data WHERE data_key = ?")) {
            st.setString(1, dataKey);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("\"status\":" + status), response.body());
        assertTrue(!response.body().contains("Exception"), "no stack trace or exception name: " + response.body());
    }
}
