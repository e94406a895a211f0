package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ServerProcess;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The deployable artifact: {@code java -jar botstore.jar}, configured by environment variables only. */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "botstore.jar").toAbsolutePath();
    private static final Path RUN = Path.of("target", "runnable-jar-it").toAbsolutePath();

    @Test
    void theJarIsFarSmallerThanTheServerDirectory() throws Exception {
        long megabytes = Files.size(JAR) / (1024 * 1024);
        assertTrue(megabytes < 150, "botstore.jar takes " + megabytes + " MB");
    }

    @Test
    void theJarStartsAndBecomesReadyOnSqlite() throws Exception {
        // the jar extracts itself into a directory that must not exist yet
        Path run = Files.createTempDirectory(Files.createDirectories(RUN), "run-");
        Map<String, String> env = Map.of("DB_TYPE", "sqlite", "WLP_JAR_EXTRACT_DIR", run.resolve("wlp").toString(),
                "DATA_DIR", run.resolve("data").toString());
        try (ServerProcess server = ServerProcess.start(List.of("java", "-jar", JAR.toString()), run, env)) {
            HttpResponse<String> ready = server.awaitReady(Duration.ofSeconds(180));
            assertTrue(ready.body().contains("\"backend\":\"sqlite\""), ready.body());
            assertTrue(ready.body().contains(run.resolve("data").resolve("messages.db").toString()), ready.body());
        }
    }
}
