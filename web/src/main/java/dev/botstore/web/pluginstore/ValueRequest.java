package dev.botstore.web.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.JsonInput;
import dev.botstore.web.JsonFields;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** The JSON body of a single write: {@code {"value": "...", "ttl_seconds": n}}; the value must be a string. */
record ValueRequest(String value, Long ttlSeconds) {

    static ValueRequest parse(String json) {
        JsonValue parsed = JsonInput.parse(json, "body");
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
        return new ValueRequest(text.getString(), JsonFields.element(object, "").wholeNumber("ttl_seconds"));
    }
}
