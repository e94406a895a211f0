package dev.botstore.api.input;

import dev.botstore.api.error.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;

/**
 * The one JSON reader of the application: JSON-P, behind the limits a hostile body would otherwise
 * run into inside the parser. Nesting deeper than {@link #MAX_DEPTH} is refused before parsing
 * (JSON-P's own limit surfaces as a bare RuntimeException, and recursion that deep is never data);
 * every string, member names included, follows {@link TextInput}. All failures are 400s that name
 * {@code where}. The size of the text is bounded by whoever read it (the HTTP edge, or one line of
 * an import).
 */
public final class JsonInput {

    /** No document of this API nests deeper than a handful of levels; 64 leaves room for any metadata. */
    public static final int MAX_DEPTH = 64;

    private JsonInput() {
    }

    /** Parses one JSON value; {@code where} names the body or line in the 400 a bad one gets. */
    public static JsonValue parse(String text, String where) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(where, where + " must be JSON; it is empty");
        }
        checkDepth(text, where);
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw new InvalidInputException(where, where + " is not valid JSON: " + reason(e));
        }
        if (mayHoldNul(text)) {
            checkStrings(value, "", where);
        }
        return value;
    }

    /** Parses a value that must be a JSON object. */
    public static JsonObject parseObject(String text, String where) {
        JsonValue value = parse(text, where);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(where, where + " must be a JSON object, not " + kind(value));
        }
        return value.asJsonObject();
    }

    /** "an object", "a string"...: how a 400 names what the caller sent. */
    public static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case NULL -> "null";
        };
    }

    /** Counts brackets outside strings; cheap, and runs before the parser recurses. */
    private static void checkDepth(String text, String where) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new InvalidInputException(where, where + " nests deeper than " + MAX_DEPTH + " levels");
                }
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
    }

    /**
     * A string of the document can hold U+0000 only when the text has the character itself or its
     * escape; most documents have neither, and then no string needs to be looked at.
     */
    private static boolean mayHoldNul(String text) {
        return text.indexOf('\u0000') >= 0 || text.contains("\\u0000");
    }

    /** Every string and member name, each refused under its own path ({@code messages[3].text}). */
    private static void checkStrings(JsonValue value, String path, String where) {
        switch (value.getValueType()) {
            case STRING -> TextInput.withoutNul(path.isEmpty() ? where : path, ((JsonString) value).getString());
            case ARRAY -> {
                JsonArray array = (JsonArray) value;
                for (int i = 0; i < array.size(); i++) {
                    checkStrings(array.get(i), (path.isEmpty() ? where : path) + "[" + i + "]", where);
                }
            }
            case OBJECT -> {
                for (Map.Entry<String, JsonValue> member : ((JsonObject) value).entrySet()) {
                    String name = path.isEmpty() ? member.getKey() : path + "." + member.getKey();
                    TextInput.withoutNul(path.isEmpty() ? where : path, member.getKey());
                    checkStrings(member.getValue(), name, where);
                }
            }
            default -> {
                // numbers, booleans and null hold no text
            }
        }
    }

    /** The parser's own words say where it stopped; anything else it says is not for the caller. */
    private static String reason(JsonException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? "it could not be parsed"
                : message.replaceAll("\\s+", " ").strip();
    }
}
