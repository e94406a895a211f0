package dev.botstore.facades.support;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * The original keeps JSON as text in many columns ({@code keywords}, {@code emotion_profile}, …).
 * Callers get it back as JSON. A row adopted from the original may hold text that is not JSON at
 * all; that value comes back as the raw text (a JSON string) so one bad row never breaks a listing.
 */
public final class JsonColumns {

    private JsonColumns() {
    }

    /** The column's JSON, or its raw text as a JSON string where it is not valid JSON; null stays null. */
    public static JsonValue read(String text) {
        if (text == null) {
            return null;
        }
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.readValue();
        } catch (JsonException | IllegalStateException notJson) {
            return Json.createValue(text);
        }
    }

    /** The text to store for a caller's JSON value; null stays null. */
    public static String write(JsonValue value) {
        return value == null ? null : value.toString();
    }
}
