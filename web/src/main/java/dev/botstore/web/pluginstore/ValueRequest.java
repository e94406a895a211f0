package dev.botstore.web.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/** The JSON body of a single write: {@code {"value": "...", "ttl_seconds": n}}; the value must be a string. */
record ValueRequest(String value, Long ttlSeconds) {

    static ValueRequest parse(String json) {
        JsonValue parsed;
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            parsed = reader.readValue();
        }
        if (parsed.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException("body", "the JSON body must be an object such as {\"value\": \"...\"}");
        }
        JsonObject object = parsed.asJsonObject();
        JsonValue value = object.get("value");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("value", "value is required");
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidInputException("value", "value must be a string; serialise structured data to a JSON"
                    + " string yourself, e.g. {\"value\": \"{\\\"a\\\": 1}\"}");
        }
        JsonValue ttl = object.get("ttl_seconds");
        if (ttl == null || ttl.getValueType() == JsonValue.ValueType.NULL) {
            return new ValueRequest(text.getString(), null);
        }
        if (!(ttl instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException("ttl_seconds", "ttl_seconds must be a whole number of seconds");
        }
        return new ValueRequest(text.getString(), number.longValue());
    }
}
