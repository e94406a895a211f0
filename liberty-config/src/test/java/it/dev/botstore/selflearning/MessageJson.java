package it.dev.botstore.selflearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough JSON reading for the message and persona ITs (the test classpath has no JSON
 * library): the flat objects of a listing, and their scalar fields.
 */
final class MessageJson {

    private MessageJson() {
    }

    /** The objects of a JSON array of flat objects (no nested object or array inside them). */
    static List<String> objects(String array) {
        List<String> objects = new ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(array);
        while (m.find()) {
            objects.add(m.group());
        }
        return objects;
    }

    /** A scalar field's raw JSON text (a string without its quotes); null when absent. */
    static String field(String object, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":(\"((?:[^\"\\\\]|\\\\.)*)\"|[^,}\\]]+)")
                .matcher(object);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }

    static long number(String object, String name) {
        String value = field(object, name);
        assertTrue(value != null, () -> name + " missing in " + object);
        return Long.parseLong(value);
    }

    /** The whole numbers of an array field ({@code "ids":[1,2,3]}). */
    static List<Integer> ints(String object, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\\[([^\\]]*)\\]").matcher(object);
        assertTrue(m.find(), () -> name + " missing in " + object);
        List<Integer> values = new ArrayList<>();
        for (String part : m.group(1).split(",")) {
            if (!part.isBlank()) {
                values.add(Integer.parseInt(part.strip()));
            }
        }
        return values;
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static void assertProblem(HttpResponse<String> response, int status, String field) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("")
                .split(";")[0]);
        if (field != null) {
            assertTrue(response.body().contains("\"field\":" + quote(field)), response.body());
        }
    }
}
