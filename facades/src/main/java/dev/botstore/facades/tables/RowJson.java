package dev.botstore.facades.tables;

import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.TableInfo;
import dev.botstore.facades.support.JsonColumns;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Map;

/** Store values as JSON: numbers, booleans, strings, and a JSON column's text parsed (see {@link JsonColumns}). */
final class RowJson {

    private RowJson() {
    }

    static jakarta.json.JsonObject row(TableInfo table, Map<String, Object> row) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (ColumnInfo column : table.columns()) {
            Object value = row.get(column.name());
            json.add(column.name(), column.type().equals(ColumnInfo.JSON) && value != null
                    ? JsonColumns.read(value.toString()) : value(value));
        }
        return json.build();
    }

    /** A store value as JSON; a non-finite number adopted from an original database as its text. */
    static JsonValue value(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? Json.createValue(d) : Json.createValue(d.toString());
        }
        if (value instanceof Number n) {
            return Json.createValue(n.longValue());
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        return Json.createValue(value.toString());
    }
}
