package dev.botstore.web;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.JsonInput;
import dev.botstore.api.input.TextInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;

/**
 * A JSON request body read field by field. A body bound by JSON-B answers a wrong type with a
 * message about Java classes; here every mistake is a 400 that names the field as the caller wrote
 * it ({@code messages[49].group_id} inside a batch).
 */
public final class JsonFields {

    /**
     * The largest magnitude of a number field: what a single-precision REAL/FLOAT column holds, the
     * type the original's schema gives such columns on MariaDB. A larger finite value would be a
     * database error there, and its sums and averages Infinity everywhere.
     */
    public static final double LARGEST_NUMBER = Float.MAX_VALUE;

    private final JsonObject object;
    private final String prefix;

    private JsonFields(JsonObject object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    /** A body that must be one JSON object, read by {@link JsonInput} (depth and text rules). */
    public static JsonFields of(String body) {
        return new JsonFields(JsonInput.parseObject(body, "body"), "");
    }

    /**
     * An element of an array field, to be read with the same rules; its errors name {@code field[index]}.
     * An empty path reads an object that is itself the body.
     */
    public static JsonFields element(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(path, path + " must be a JSON object, not " + JsonInput.kind(value));
        }
        return new JsonFields(value.asJsonObject(), path.isEmpty() ? "" : path + ".");
    }

    public JsonObject object() {
        return object;
    }

    public boolean has(String field) {
        return object.containsKey(field) && !object.isNull(field);
    }

    /** A string field; null when absent or null. */
    public String text(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw wrong(field, "a string", value);
    }

    /** A string field that must be present and not blank. */
    public String requiredText(String field) {
        String text = text(field);
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(name(field), name(field) + " is required");
        }
        return text;
    }

    /** A string field of at most {@code max} characters (the column's width). */
    public String text(String field, int max) {
        String text = text(field);
        if (text != null && TextInput.length(text) > max) {
            throw new InvalidInputException(name(field),
                    name(field) + " is " + TextInput.length(text) + " characters long; at most " + max + " fit");
        }
        return text;
    }

    public Long wholeNumber(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                throw new InvalidInputException(name(field), name(field) + " is out of range: " + number);
            }
        }
        throw wrong(field, "a whole number", value);
    }

    public Double number(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            double parsed = number.doubleValue();
            if (!(Math.abs(parsed) <= LARGEST_NUMBER)) {
                throw new InvalidInputException(name(field), name(field) + " is " + number + "; a number must lie"
                        + " between -" + LARGEST_NUMBER + " and " + LARGEST_NUMBER);
            }
            return parsed;
        }
        throw wrong(field, "a number", value);
    }

    public Boolean flag(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        if (value instanceof JsonNumber number && number.isIntegral()
                && (number.longValue() == 0 || number.longValue() == 1)) {
            return number.longValue() == 1; // the original stores flags as 0/1
        }
        throw wrong(field, "true or false", value);
    }

    /** A point in time: epoch seconds or milliseconds as a number, or an ISO-8601 string. */
    public Instant time(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber || value instanceof JsonString) {
            String raw = value instanceof JsonString string ? string.getString() : value.toString();
            return InputTimes.parse(name(field), raw);
        }
        throw wrong(field, "epoch seconds, epoch milliseconds or an ISO-8601 time", value);
    }

    /**
     * A field stored as JSON in a text column: an object or array is kept as its JSON text, a string
     * as it is (callers of the original pass JSON already serialised).
     */
    public String jsonText(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        return value instanceof JsonString string ? string.getString() : value.toString();
    }

    /** An array field; null when absent. */
    public JsonArray array(String field) {
        JsonValue value = present(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            return value.asJsonArray();
        }
        throw wrong(field, "an array", value);
    }

    /** The name the caller knows this field by, with its place in the body. */
    public String name(String field) {
        return prefix + field;
    }

    private JsonValue present(String field) {
        JsonValue value = object.get(field);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private InvalidInputException wrong(String field, String expected, JsonValue value) {
        return new InvalidInputException(name(field), name(field) + " must be " + expected + ", not " + JsonInput.kind(value));
    }
}
