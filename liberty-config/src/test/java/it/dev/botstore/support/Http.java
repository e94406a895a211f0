package it.dev.botstore.support;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A small HTTP client for the tests. Every request carries the test server's admin key unless a
 * test asks for another key or none; every response is checked for a 500: no request of the suite
 * may produce one, whatever it sends.
 */
public final class Http {

    private static final int PORT = Integer.parseInt(System.getProperty("it.http.port", "9091"));
    public static final String BASE = "http://localhost:" + PORT;
    // HTTP/1.1, a connection per concurrent request, as curl and most plugins talk: over the one
    // multiplexed HTTP/2 (h2c) connection the JDK client would otherwise use, concurrent requests
    // with bodies stalled in Liberty's HTTP/2 flow control until they timed out
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Http() {
    }

    /** The test server's {@code admin_api_key}. */
    public static final String ADMIN_KEY = System.getProperty("it.admin.key", "");

    /** A request with the admin key. */
    public static HttpRequest.Builder request(String path) {
        return requestWithKey(path, ADMIN_KEY);
    }

    /** A request with the admin key to another server of the test run, such as one started from the runnable jar. */
    public static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + ADMIN_KEY);
    }

    /** A request with another key ({@code Authorization: Bearer key}). */
    public static HttpRequest.Builder requestWithKey(String path, String key) {
        return requestWithoutKey(path).header("Authorization", "Bearer " + key);
    }

    /** A request that proves nothing. */
    public static HttpRequest.Builder requestWithoutKey(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60));
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Like {@link #send(HttpRequest.Builder)}, but a refused connection is an empty answer: the server is not up yet. */
    public static Optional<HttpResponse<String>> sendIfListening(HttpRequest.Builder request) {
        try {
            return Optional.of(send(request));
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof ConnectException) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** For binary bodies, such as the parts of a file. */
    public static HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** For bodies too large to hold; the caller closes the stream. */
    public static HttpResponse<InputStream> sendForStream(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private static <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            HttpResponse<T> response = CLIENT.send(request.build(), body);
            assertNotEquals(500, response.statusCode(), () -> "a request produced a 500: " + response.body());
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String path) {
        return send(request(path));
    }

    public static HttpResponse<String> putText(String path, String body) {
        return send(request(path).header("Content-Type", "text/plain; charset=UTF-8")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static HttpResponse<String> postJson(String path, String json) {
        return json(path, "POST", json);
    }

    public static HttpResponse<String> putJson(String path, String json) {
        return json(path, "PUT", json);
    }

    public static HttpResponse<String> patchJson(String path, String json) {
        return json(path, "PATCH", json);
    }

    /** A request with a JSON body and any method. */
    public static HttpResponse<String> json(String path, String method, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    public static HttpResponse<String> delete(String path) {
        return send(request(path).DELETE());
    }

    /** Polls until {@code path} answers {@code status}, or fails after {@code timeout}. */
    public static HttpResponse<String> awaitStatus(String path, int status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last;
        do {
            last = get(path);
            if (last.statusCode() == status) {
                return last;
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("waited " + timeout + " for " + status + " from " + path + "; last: "
                + last.statusCode() + " " + last.body());
    }
}
