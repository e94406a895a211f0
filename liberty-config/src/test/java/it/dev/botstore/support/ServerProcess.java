package it.dev.botstore.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Botstore server started as an operator starts it (the runnable jar, Liberty's server script),
 * on its own port, with its console captured in a file. {@link #stop} sends SIGTERM, as a container
 * platform does.
 */
public final class ServerProcess implements AutoCloseable {

    /** The port of servers the tests start by hand, next to the Arquillian server's. */
    public static final int PORT = Integer.parseInt(System.getProperty("it.process.port", "9093"));

    private final Process process;
    private final Path console;

    private ServerProcess(Process process, Path console) {
        this.process = process;
        this.console = console;
    }

    /** Starts {@code command} in {@code directory} with Botstore's settings in {@code env} and the test port. */
    public static ServerProcess start(List<String> command, Path directory, Map<String, String> env) throws IOException {
        Files.createDirectories(directory);
        Path console = directory.resolve("console.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(console.toFile());
        builder.environment().putAll(env);
        builder.environment().put("HTTP_PORT", Integer.toString(PORT));
        return new ServerProcess(builder.start(), console);
    }

    /** Waits until {@code /health/ready} answers 200 and returns that answer. */
    public HttpResponse<String> awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "the server exited: " + consoleText());
            Optional<HttpResponse<String>> ready = Http.sendIfListening(Http.request(PORT, "/health/ready"));
            if (ready.isPresent() && ready.get().statusCode() == 200) {
                return ready.get();
            }
            Thread.sleep(500);
        }
        throw new AssertionError("not ready within " + timeout + "; console: " + consoleText());
    }

    /** SIGTERM, then waits for the process to end; true if it ended within {@code timeout}. */
    public boolean stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
    }

    public List<String> consoleLines() throws IOException {
        return Files.readAllLines(console);
    }

    private String consoleText() {
        try {
            return Files.readString(console);
        } catch (IOException e) {
            return "(unreadable: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive() && !stop(Duration.ofSeconds(60))) {
            process.destroyForcibly();
        }
    }
}
