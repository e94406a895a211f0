package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ItDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The runnable server, started the way the README starts it (Liberty's server script, which
 * sources server.env): DB_TYPE spellings of PostgreSQL select PostgreSQL.
 */
class ServerScriptIT {

    private static final Path WLP = Path.of("target", "liberty", "wlp").toAbsolutePath();
    private static final int PORT = 9092;

    @BeforeAll
    static void postgresIsUp() {
        ItDatabase.require();
    }

    @ParameterizedTest
    @ValueSource(strings = {" pg ", "PGSQL"})
    void aliasesOfPostgresqlSelectPostgresql(String dbType) throws Exception {
        String database = "botstore_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Map<String, String> env = Map.of("DB_TYPE", dbType, "HTTP_PORT", Integer.toString(PORT),
                "POSTGRESQL_HOST", ItDatabase.PG, "POSTGRESQL_DATABASE", database);
        server("start", env);
        try {
            HttpResponse<String> ready = awaitReady();
            assertEquals(200, ready.statusCode(), ready.body());
            assertTrue(ready.body().contains("\"backend\":\"postgresql\""), ready.body());
            assertTrue(ready.body().contains(database), ready.body());
        } finally {
            server("stop", env);
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + ItDatabase.PG + ":5432/postgres",
                    "postgres", ""); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            }
        }
    }

    private static void server(String action, Map<String, String> env) throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder(WLP.resolve("bin/server").toString(), action, "botstore")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        script.environment().putAll(env);
        Process process = script.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "server " + action + " finished in time");
    }

    private static HttpResponse<String> awaitReady() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/health/ready"))
                .timeout(Duration.ofSeconds(10)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200) {
                    return last;
                }
            } catch (IOException notListeningYet) {
                // the application is still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within 90 s; last answer: " + (last == null ? "none" : last.body()));
    }
}
