package dev.botstore.facades.tables;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.TableInfo;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * The opaque cursor of a rows listing: the order it belongs to and the order value and primary key
 * of the last row of a page, as base64url JSON. A cursor comes back from the caller, so it is
 * checked like any other input before its values are bound.
 *
 * @param value the last row's order value (null where that was null)
 */
record RowCursor(Object value, Object key) {

    static String encode(String order, TableInfo table, String orderColumn, Map<String, Object> last) {
        String json = Json.createObjectBuilder()
                .add("o", order)
                .add("v", RowJson.value(last.get(orderColumn)))
                .add("k", RowJson.value(last.get(table.primaryKey())))
                .build().toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    static RowCursor decode(String cursor, String order, TableInfo table, String orderColumn) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(cursor.strip()),
                StandardCharsets.UTF_8)))) {
            json = reader.readObject();
        } catch (IllegalArgumentException | JsonException | IllegalStateException e) {
            throw invalid();
        }
        if (!json.containsKey("k") || !json.containsKey("v") || !order.equals(json.getString("o", null))) {
            throw new InvalidInputException("cursor", "the cursor belongs to another order than order=" + order);
        }
        ColumnInfo column = table.column(orderColumn);
        ColumnInfo key = table.column(table.primaryKey());
        JsonValue value = json.get("v");
        try {
            return new RowCursor(value.getValueType() == JsonValue.ValueType.NULL ? null
                    : RowValues.value(column, value, "cursor"), RowValues.value(key, json.get("k"), "cursor"));
        } catch (InvalidInputException e) {
            throw invalid();
        }
    }

    private static InvalidInputException invalid() {
        return new InvalidInputException("cursor", "the cursor is not one this listing gave out");
    }
}
