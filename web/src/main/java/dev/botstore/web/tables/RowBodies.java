package dev.botstore.web.tables;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.JsonInput;
import dev.botstore.api.tables.RowFilter;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows resource's input as written: a body of one row or an array of rows, and the query
 * parameters that are filters ({@code group_id=g1}, {@code created_at.gte=…}). Only the shape is
 * read here; the facade checks every name and value against the table.
 */
final class RowBodies {

    /** The listing's own parameters; every other parameter is a filter. */
    static final Set<String> LISTING = Set.of("order", "cursor", "limit", "count");

    private RowBodies() {
    }

    /** One JSON object, or an array of them; errors name {@code rows[i]}. */
    static List<JsonObject> rows(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "the request body must be a row (a JSON object) or an array of rows");
        }
        JsonValue value = JsonInput.parse(body, "body");
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return List.of(value.asJsonObject());
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidInputException("body", "the request body must be a row (a JSON object) or an array of rows");
        }
        List<JsonObject> rows = new ArrayList<>();
        List<JsonValue> array = value.asJsonArray();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("rows[" + i + "]", "rows[" + i + "] must be a JSON object");
            }
            rows.add(array.get(i).asJsonObject());
        }
        return rows;
    }

    /** A lone JSON object (a patch). */
    static JsonObject row(String body) {
        List<JsonObject> rows = rows(body);
        if (rows.size() != 1 || body.strip().startsWith("[")) {
            throw new InvalidInputException("body", "the request body must be one JSON object");
        }
        return rows.get(0);
    }

    /** {@code column=value} is {@code eq}; {@code column.op=value} names its operator. */
    static List<RowFilter> filters(MultivaluedMap<String, String> parameters) {
        List<RowFilter> filters = new ArrayList<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (LISTING.contains(parameter.getKey())) {
                continue;
            }
            int dot = parameter.getKey().indexOf('.');
            String column = dot < 0 ? parameter.getKey() : parameter.getKey().substring(0, dot);
            String operator = dot < 0 ? "eq" : parameter.getKey().substring(dot + 1);
            for (String value : parameter.getValue()) {
                filters.add(new RowFilter(column, operator, value));
            }
        }
        return filters;
    }
}
