package it.dev.botstore.selflearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Small helpers of the expression, psychological and reinforcement ITs: reading flat JSON values
 * in order (the test data has no escaped quotes), problem checks, racing requests, row counts.
 */
final class StyleItSupport {

    private StyleItSupport() {
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The string values of {@code key}, in document order. */
    static List<String> texts(String json, String key) {
        List<String> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":\"([^\"]*)\"").matcher(json);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** The numeric values of {@code key}, in document order. */
    static List<Double> numbers(String json, String key) {
        List<Double> values = new ArrayList<>();
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\":(-?[0-9][0-9.eE+-]*)").matcher(json);
        while (m.find()) {
            values.add(Double.parseDouble(m.group(1)));
        }
        return values;
    }

    static double number(String json, String key) {
        List<Double> values = numbers(json, key);
        assertEquals(1, values.size(), () -> key + " once in " + json);
        return values.get(0);
    }

    /** A 400 problem that names {@code field}. */
    static void assertBadRequest(HttpResponse<String> response, String field) {
        assertEquals(400, response.statusCode(), response.body());
        assertEquals("application/problem+json",
                response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertTrue(response.body().contains("\"field\":\"" + field + "\""), () -> "names " + field + ": "
                + response.body());
    }

    /** GET of a Location header (absolute) through the test client. */
    static HttpResponse<String> follow(HttpResponse<String> created) {
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(Http.BASE), location);
        return Http.get(location.substring(Http.BASE.length()));
    }

    /** Runs the calls at the same moment, each on its own thread, and returns their results in order. */
    static <T> List<T> race(List<Callable<T>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Rows of {@code table} whose {@code column} is {@code value} (trusted names). */
    static int rows(String table, String where, String... values) throws SQLException {
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
            for (int i = 0; i < values.length; i++) {
                st.setString(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
