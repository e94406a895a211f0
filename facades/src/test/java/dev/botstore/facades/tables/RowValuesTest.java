package dev.botstore.facades.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.TableInfo;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Values are checked against their column, and named as the caller wrote them, before any SQL. */
class RowValuesTest {

    private static final ColumnInfo ID = new ColumnInfo("id", ColumnInfo.INTEGER, 32, false, null, null, true, false);
    private static final ColumnInfo NAME = new ColumnInfo("name", ColumnInfo.STRING, null, false, 5, null, false, true);
    private static final ColumnInfo SECONDS = new ColumnInfo("at", ColumnInfo.NUMBER, null, true, null,
            ColumnInfo.SECONDS, false, false);
    private static final ColumnInfo MILLIS = new ColumnInfo("ms", ColumnInfo.INTEGER, 64, true, null,
            ColumnInfo.MILLISECONDS, false, false);
    private static final ColumnInfo GOAL = new ColumnInfo("goal", ColumnInfo.JSON, null, true, null, null, false, false);
    private static final TableInfo TABLE = new TableInfo("t", "id", List.of(ID, NAME, SECONDS, MILLIS, GOAL),
            List.of(), List.of(), List.of());

    @Test
    void aGoodRowComesOutInStoreForm() {
        Map<String, Object> row = RowValues.row(TABLE, Json.createObjectBuilder().add("name", "abc")
                .add("at", 1_700_000_000.5).add("ms", 1_700_000_000_000L).add("goal", Json.createArrayBuilder().add(1))
                .build(), "rows[0]");
        assertEquals(Map.of("name", "abc", "at", 1_700_000_000.5, "ms", 1_700_000_000_000L, "goal", "[1]"), row);
        assertEquals("{\"a\":1}", RowValues.value(GOAL, Json.createValue("{\"a\":1}"), "goal"), "JSON text as a string");
        assertNull(RowValues.value(SECONDS, JsonValue.NULL, "at"));
    }

    @Test
    void eachBreachIsA400NamingTheRowAndColumn() {
        assertNamed("rows[3].name", () -> RowValues.value(NAME, Json.createValue("abcdef"), "rows[3].name"));
        assertNamed("rows[3].name", () -> RowValues.value(NAME, JsonValue.NULL, "rows[3].name"));
        assertNamed("rows[3].name", () -> RowValues.value(NAME, Json.createValue(5), "rows[3].name"));
        assertNamed("rows[3].at", () -> RowValues.value(SECONDS, Json.createValue(1_700_000_000_000.0), "rows[3].at"));
        assertNamed("rows[3].ms", () -> RowValues.value(MILLIS, Json.createValue(1_700_000_000L), "rows[3].ms"));
        assertNamed("rows[3].ms", () -> RowValues.value(MILLIS, Json.createValue(1.5), "rows[3].ms"));
        assertNamed("rows[3].goal", () -> RowValues.value(GOAL, Json.createValue("{not json"), "rows[3].goal"));
        assertNamed("rows[3].id", () -> RowValues.row(TABLE, Json.createObjectBuilder().add("id", 1).build(), "rows[3]"));
        assertNamed("rows[3].nope", () -> RowValues.row(TABLE, Json.createObjectBuilder().add("nope", 1).build(),
                "rows[3]"));
        assertNamed("rows[3].name", () -> RowValues.complete(TABLE, Map.of("at", 1.0), Map.of(), "rows[3]"));
        assertNamed("id", () -> RowValues.text(ID, "1 OR 1=1", "id"));
        assertNamed("at", () -> RowValues.text(SECONDS, "NaN", "at"));
        assertNamed("at", () -> RowValues.text(SECONDS, "Infinity", "at"));
        assertNamed("at", () -> RowValues.text(SECONDS, "1e999", "at"));
        assertNamed("id", () -> RowValues.text(ID, "4294967296", "id"));
    }

    private static void assertNamed(String field, Runnable check) {
        assertEquals(field, assertThrows(InvalidInputException.class, check::run).field());
    }
}
