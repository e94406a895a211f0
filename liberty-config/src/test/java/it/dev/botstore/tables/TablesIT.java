package it.dev.botstore.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rows API end to end: every table of the original written, read, filtered, paged, patched and deleted. */
class TablesIT extends DeployedBotstore {

    static final String BASE = "/api/v1/tables";

    @Test
    void everyTableTakesARowAndGivesItBackFilteredPagedPatchedAndDeleted() {
        List<JsonObject> tables = tables();
        assertEquals(59, tables.size(), "the original's 59 tables");
        assertTrue(tables.stream().noneMatch(t -> t.getString("name").equals("plugin_data")),
                "Botstore's own tables are not rows of this API");
        String token = UUID.randomUUID().toString().substring(0, 8);
        Map<String, JsonValue> ids = new HashMap<>();
        Map<String, JsonObject> written = new HashMap<>();
        for (JsonObject table : tables) { // parents first, so a reference finds its parent's row
            String name = table.getString("name");
            JsonObject row = TableSamples.row(table, token, ids);
            HttpResponse<String> created = Http.postJson(rows(name), row.toString());
            assertEquals(201, created.statusCode(), name + ": " + created.body());
            ids.put(name, json(created).asJsonObject().getJsonArray("ids").get(0));
            written.put(name, row);
        }
        for (JsonObject table : tables) {
            String name = table.getString("name");
            String id = text(ids.get(name));
            assertSame(name, written.get(name), object(Http.get(rows(name) + "/" + id), 200));
            assertTrue(pagesTo(table, written.get(name), ids.get(name)), name + ": filtered and paged to the row");
            patchOneColumn(table, id, token);
        }
        List<JsonObject> childrenFirst = new ArrayList<>(tables);
        java.util.Collections.reverse(childrenFirst);
        for (JsonObject table : tables) {
            for (JsonValue reference : table.getJsonArray("references")) {
                String parent = reference.asJsonObject().getString("table");
                HttpResponse<String> refused = Http.delete(rows(parent) + "/" + text(ids.get(parent)));
                assertEquals(409, refused.statusCode(), parent + " is still referenced: " + refused.body());
                assertTrue(refused.body().contains(table.getString("name")), refused.body());
            }
        }
        for (JsonObject table : childrenFirst) {
            String name = table.getString("name");
            String path = rows(name) + "/" + text(ids.get(name));
            assertEquals(204, Http.delete(path).statusCode(), name);
            assertEquals(404, Http.get(path).statusCode(), name);
            assertEquals(404, Http.delete(path).statusCode(), name);
        }
    }

    /** A filter on a string column the row holds (else its key), ordered by an index, one row a page. */
    private static boolean pagesTo(JsonObject table, JsonObject row, JsonValue id) {
        String pk = table.getString("primary_key");
        String filter = pk + ".gte=" + encode(text(id));
        for (JsonValue c : table.getJsonArray("columns")) {
            JsonObject column = c.asJsonObject();
            String name = column.getString("name");
            if (column.getString("type").equals("string") && row.containsKey(name)
                    && TableSamples.reference(table, name) == null && !name.equals(pk)) {
                filter = name + "=" + encode(row.getString(name));
                break;
            }
        }
        String order = "-" + orderColumn(table);
        String query = rows(table.getString("name")) + "?" + filter + "&order=" + order + "&limit=1&count=true";
        JsonObject page = object(Http.get(query), 200);
        assertTrue(page.getJsonNumber("total").longValue() >= 1, page.toString());
        for (int pages = 0; pages < 50; pages++) {
            for (JsonValue found : page.getJsonArray("rows")) {
                if (TableSamples.same(id, found.asJsonObject().get(pk))) {
                    return true;
                }
            }
            if (!page.containsKey("next")) {
                return false;
            }
            page = object(Http.get(query + "&cursor=" + page.getString("next")), 200);
        }
        return false;
    }

    /** The first indexed column that is not the key, else the key. */
    private static String orderColumn(JsonObject table) {
        for (JsonValue index : table.getJsonArray("indexes")) {
            String first = index.asJsonObject().getJsonArray("columns").getString(0);
            if (!first.equals(table.getString("primary_key"))) {
                return first;
            }
        }
        return table.getString("primary_key");
    }

    /** Changes one plain column and checks that only it changed. */
    private static void patchOneColumn(JsonObject table, String id, String token) {
        String name = table.getString("name");
        String path = rows(name) + "/" + id;
        JsonObject before = object(Http.get(path), 200);
        for (JsonValue c : table.getJsonArray("columns")) {
            JsonObject column = c.asJsonObject();
            String columnName = column.getString("name");
            if (column.getBoolean("generated") || columnName.equals(table.getString("primary_key"))
                    || TableSamples.reference(table, columnName) != null || inUniqueKey(table, columnName)) {
                continue;
            }
            JsonValue changed = TableSamples.value(column, token, 1);
            JsonObject after = object(Http.patchJson(path, Json.createObjectBuilder().add(columnName, changed).build()
                    .toString()), 200);
            assertTrue(TableSamples.same(changed, after.get(columnName)), name + "." + columnName + ": " + after);
            for (String other : before.keySet()) {
                if (!other.equals(columnName)) {
                    assertTrue(TableSamples.same(before.get(other), after.get(other)), name + "." + other + " kept");
                }
            }
            assertEquals(after, object(Http.get(path), 200));
            return;
        }
    }

    private static boolean inUniqueKey(JsonObject table, String column) {
        return table.getJsonArray("unique_keys").stream()
                .anyMatch(k -> k.asJsonObject().getJsonArray("columns").getValuesAs(JsonValue::toString)
                        .contains("\"" + column + "\""));
    }

    private static void assertSame(String table, JsonObject sent, JsonObject read) {
        for (String column : sent.keySet()) {
            assertTrue(TableSamples.same(sent.get(column), read.get(column)),
                    table + "." + column + ": sent " + sent.get(column) + ", read " + read.get(column));
        }
    }

    static List<JsonObject> tables() {
        return json(Http.get(BASE)).asJsonArray().getValuesAs(JsonObject.class);
    }

    static JsonObject table(String name) {
        return tables().stream().filter(t -> t.getString("name").equals(name)).findFirst().orElseThrow();
    }

    static String rows(String table) {
        return BASE + "/" + table + "/rows";
    }

    static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return json(response).asJsonObject();
    }

    static JsonValue json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    static String text(JsonValue value) {
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
