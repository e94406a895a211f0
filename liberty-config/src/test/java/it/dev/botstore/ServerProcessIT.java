package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Http;
import it.dev.botstore.support.ServerProcess;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The server as a container platform runs it: Liberty's server script in the foreground, logs in
 * JSON for a log shipper, the access log on, and stopped with SIGTERM.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServerProcessIT {

    private static final Path WLP = Path.of("target", "liberty", "wlp").toAbsolutePath();
    private static final Path RUN = Path.of("target", "server-process-it").toAbsolutePath();
    private static final String FILES = "/api/v1/plugins/ops.probe/files/";

    private static ServerProcess server;
    private static Path run;

    @BeforeAll
    static void startWithJsonLogsAndTheAccessLog() throws Exception {
        run = Files.createTempDirectory(Files.createDirectories(RUN), "run-");
        Map<String, String> env = Map.of("DB_TYPE", "sqlite", "LOG_FORMAT", "json", "HTTP_ACCESS_LOG", "true",
                "DATA_DIR", run.resolve("data").toString());
        server = ServerProcess.start(List.of(WLP.resolve("bin/server").toString(), "run", "botstore"), run, env);
        server.awaitReady(Duration.ofSeconds(120));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    @Test
    @Order(1)
    void theAccessLogNamesThePathButNoQueryValue() throws Exception {
        assertEquals(404, Http.send(Http.request(ServerProcess.PORT,
                "/api/v1/plugins/ops.probe/store/missing?chat_key=private_chat_name")).statusCode());
        JsonObject entry = awaitAccessLogEntry("/api/v1/plugins/ops.probe/store/missing");
        assertEquals("GET", entry.getString("ibm_requestMethod"), entry.toString());
        assertEquals(404, entry.getInt("ibm_responseCode"), entry.toString());
        assertTrue(entry.containsKey("ibm_bytesSent") && entry.containsKey("ibm_requestElapsedTime"), entry.toString());
        assertFalse(entry.toString().contains("private_chat_name"), entry.toString());
    }

    @Test
    @Order(2)
    void sigtermLetsAnUploadInFlightFinish() throws Exception {
        CompletableFuture<HttpResponse<String>> upload = CompletableFuture.supplyAsync(() -> Http.send(
                // HTTP/1.1 with a length, as bots' clients (requests, urllib, curl) send an upload
                Http.request(ServerProcess.PORT, FILES + "slow.bin").version(HttpClient.Version.HTTP_1_1)
                        .header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.fromPublisher(
                                HttpRequest.BodyPublishers.ofInputStream(() -> new SlowBytes(40, 100)), 40 * 1024))));
        Thread.sleep(1500);
        assertTrue(server.stop(Duration.ofSeconds(40)), "the server ended within Liberty's 30 s quiesce bound");
        assertEquals(201, upload.get().statusCode(), upload.get().body());
        assertEquals(40 * 1024, Files.size(run.resolve("data/plugin_data/ops.probe/slow.bin")));
    }

    @Test
    @Order(3)
    void everyConsoleLineIsJson() throws Exception {
        List<String> lines = server.consoleLines();
        assertTrue(lines.size() > 10, lines.toString());
        for (String line : lines) {
            if (!line.isBlank()) {
                try {
                    Json.createReader(new StringReader(line)).readObject();
                } catch (JsonException e) {
                    throw new AssertionError("not a JSON object: " + line, e);
                }
            }
        }
    }

    /** The access log goes to the console as JSON with LOG_FORMAT=json; it is written a moment after the answer. */
    private static JsonObject awaitAccessLogEntry(String path) throws Exception {
        for (int attempt = 0; attempt < 20; attempt++) {
            for (String line : server.consoleLines()) {
                if (line.contains("liberty_accesslog") && line.contains(path.replace("/", "\\/"))) {
                    return Json.createReader(new StringReader(line)).readObject();
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no access log entry for " + path + " in " + server.consoleLines());
    }

    /** A body that takes its time: {@code kilobytes} KiB, one every {@code millis} ms. */
    private static final class SlowBytes extends InputStream {

        private final long millis;
        private int left;

        SlowBytes(int kilobytes, long millis) {
            this.left = kilobytes * 1024;
            this.millis = millis;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException("read in chunks");
        }

        @Override
        public int read(byte[] into, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
            int n = Math.min(Math.min(length, 1024), left);
            Arrays.fill(into, offset, offset + n, (byte) 'x');
            left -= n;
            return n;
        }
    }
}
