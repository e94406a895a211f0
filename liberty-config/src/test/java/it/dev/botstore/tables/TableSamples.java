package it.dev.botstore.tables;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * Sample rows made from the tables' own description ({@code GET /api/v1/tables}): a value for every
 * column by its type, length and epoch unit, and the parent row's id for a reference. No table is
 * listed by hand, so a new table or column is tested the day it appears.
 */
final class TableSamples {

    private TableSamples() {
    }

    /** A row for {@code table}; {@code parents} holds the id of a row of each table already written. */
    static JsonObject row(JsonObject table, String token, Map<String, JsonValue> parents) {
        JsonObjectBuilder row = Json.createObjectBuilder();
        for (JsonValue c : table.getJsonArray("columns")) {
            JsonObject column = c.asJsonObject();
            if (column.getBoolean("generated")) {
                continue;
            }
            String name = column.getString("name");
            String parent = reference(table, name);
            row.add(name, parent != null ? parents.get(parent) : value(column, token, 0));
        }
        return row.build();
    }

    /** The table a column references, or null. */
    static String reference(JsonObject table, String column) {
        for (JsonValue r : table.getJsonArray("references")) {
            if (r.asJsonObject().getString("column").equals(column)) {
                return r.asJsonObject().getString("table");
            }
        }
        return null;
    }

    /** A value of the column's type; {@code variant} 1 gives another one, for a patch. */
    static JsonValue value(JsonObject column, String token, int variant) {
        String epoch = column.getString("epoch", null);
        return switch (column.getString("type")) {
            case "integer" -> Json.createValue("milliseconds".equals(epoch) ? 1_700_000_000_000L + variant
                    : "seconds".equals(epoch) ? 1_700_000_000L + variant : 7L + variant + Math.abs(token.hashCode() % 100_000));
            case "number" -> Json.createValue("seconds".equals(epoch) ? 1_700_000_000.5 + variant : 0.25 + variant);
            case "boolean" -> variant == 0 ? JsonValue.TRUE : JsonValue.FALSE;
            case "string" -> Json.createValue(fit((variant == 0 ? "s" : "p") + token, column.getInt("length")));
            case "text" -> Json.createValue((variant == 0 ? "text " : "patched ") + token);
            case "json" -> Json.createObjectBuilder().add("k", Json.createArrayBuilder().add(1).add("two"))
                    .add("v", variant).build();
            case "datetime" -> Json.createValue("2026-01-02T03:04:0" + (5 + variant));
            case "binary" -> Json.createValue(variant == 0 ? "AQID" : "BAUG");
            default -> throw new AssertionError("unknown column type in " + column);
        };
    }

    /** Whether two values of a column are the same (numbers by value: 7 and 7.0 are equal). */
    static boolean same(JsonValue expected, JsonValue actual) {
        if (expected instanceof JsonNumber e && actual instanceof JsonNumber a) {
            return e.bigDecimalValue().compareTo(a.bigDecimalValue()) == 0;
        }
        return expected.equals(actual);
    }

    private static String fit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }
}
