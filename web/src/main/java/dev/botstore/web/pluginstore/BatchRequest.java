package dev.botstore.web.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.JsonInput;
import dev.botstore.api.pluginstore.BatchOperation;
import dev.botstore.api.pluginstore.Precondition;
import dev.botstore.web.JsonFields;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The body of {@code POST …/store/_batch}: {@code {"operations": [{"op", "key", "value",
 * "ttl_seconds", "if_match"}]}}. Every type error names the operation by its index, so a caller
 * finds the broken one in a batch of a hundred.
 */
final class BatchRequest {

    private static final Set<String> FIELDS = Set.of("op", "key", "value", "ttl_seconds", "if_match");

    private BatchRequest() {
    }

    static List<BatchOperation> parse(String json) {
        JsonValue root = JsonInput.parse(json, "body");
        JsonValue operations = root.getValueType() == JsonValue.ValueType.OBJECT
                ? root.asJsonObject().get("operations") : null;
        if (operations == null || operations.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("operations", "the body must be {\"operations\": [...]}");
        }
        List<BatchOperation> parsed = new ArrayList<>();
        int index = 0;
        for (JsonValue item : operations.asJsonArray()) {
            parsed.add(operation(item, "operations[" + index++ + "]"));
        }
        return parsed;
    }

    private static BatchOperation operation(JsonValue item, String at) {
        if (item.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidInputException(at, at + " must be an object such as {\"op\": \"get\", \"key\": \"k\"}");
        }
        JsonObject op = item.asJsonObject();
        for (String name : op.keySet()) {
            if (!FIELDS.contains(name)) {
                throw new InvalidInputException(at + "." + name, at + " has an unknown field '" + name
                        + "'; the fields are " + FIELDS);
            }
        }
        String kind = string(op, "op", at);
        if (kind == null) {
            throw new InvalidInputException(at + ".op", at + ".op is required: get, set or delete");
        }
        BatchOperation.Kind parsedKind;
        try {
            parsedKind = BatchOperation.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(at + ".op", at + ".op is '" + kind + "'; it must be get, set or delete");
        }
        return new BatchOperation(parsedKind, string(op, "key", at), string(op, "value", at), ttl(op, at),
                ifMatch(op, at));
    }

    private static String string(JsonObject op, String name, String at) {
        JsonValue value = op.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString();
        }
        throw new InvalidInputException(at + "." + name, at + "." + name + " must be a string"
                + ("value".equals(name) ? "; serialise structured data to a JSON string yourself" : ""));
    }

    private static Long ttl(JsonObject op, String at) {
        return JsonFields.element(op, at).wholeNumber("ttl_seconds");
    }

    private static Precondition ifMatch(JsonObject op, String at) {
        JsonValue value = op.get("if_match");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Precondition.NONE;
        }
        String text = value instanceof JsonNumber number ? number.toString()
                : value instanceof JsonString string ? string.getString() : "";
        return Preconditions.ifMatch(at + ".if_match", text);
    }
}
