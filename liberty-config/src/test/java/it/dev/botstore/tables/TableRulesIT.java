package it.dev.botstore.tables;

import static it.dev.botstore.tables.TablesIT.encode;
import static it.dev.botstore.tables.TablesIT.object;
import static it.dev.botstore.tables.TablesIT.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rows API's rules: validation before SQL, keyset paging, upserts, and the manager reads that see its rows. */
class TableRulesIT extends DeployedBotstore {

    private static final String BATCHES = rows("learning_batches");

    @Test
    void aLearningBatchWrittenAsARowShowsUpInTheHistoryTheRecentBatchesAndTheTrends() {
        String token = token();
        long start = 4_000_000_000L + (System.nanoTime() % 100_000_000L); // far ahead: the newest of any test
        JsonValue id = object(Http.postJson(BATCHES, "{\"batch_id\": \"b-" + token + "\", \"batch_name\":"
                + " \"nightly\", \"group_id\": \"g-" + token + "\", \"start_time\": " + start + ".5, \"message_count\":"
                + " 12, \"status\": \"completed\"}"), 201).getJsonArray("ids").get(0);
        String history = Http.get("/api/v1/learning/batches?group_id=g-" + token).body();
        assertTrue(history.contains("\"b-" + token + "\""), history);
        String recent = Http.get("/api/v1/learning/batches").body();
        assertTrue(recent.contains("\"b-" + token + "\""), recent);
        String trends = Http.get("/api/v1/metrics/trends?batches=3").body();
        assertTrue(trends.contains("\"b-" + token + "\""), trends);
        assertEquals(204, Http.delete(BATCHES + "/" + id).statusCode(), "no later test meets a batch from 2096");
    }

    @Test
    void pagesFollowTheOrderWithNullsLastAndTheCursorEndsOnTheLastPage() {
        String group = "g-" + token();
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 5; i++) {
            body.append(i == 0 ? "" : ",").append("{\"batch_name\": \"n").append(i).append("\", \"group_id\": \"")
                    .append(group).append("\", \"start_time\": 1700000000, \"batch_id\": ")
                    .append(i == 2 ? "null" : "\"" + group + "-" + i + "\"").append("}");
        }
        List<JsonValue> ids = object(Http.postJson(BATCHES, body.append("]").toString()), 201).getJsonArray("ids");
        assertEquals(5, ids.size());
        List<String> seen = new ArrayList<>();
        String query = BATCHES + "?group_id=" + group + "&order=-batch_id&limit=2&count=true";
        JsonObject page = object(Http.get(query), 200);
        assertEquals(5, page.getInt("total"));
        int pages = 1;
        while (true) {
            page.getJsonArray("rows").forEach(r -> seen.add(r.asJsonObject().getString("batch_name")));
            if (!page.containsKey("next")) {
                break;
            }
            page = object(Http.get(query + "&cursor=" + page.getString("next")), 200);
            pages++;
        }
        assertEquals(List.of("n4", "n3", "n1", "n0", "n2"), seen, "descending batch_id, the null last");
        assertEquals(3, pages);
        assertEquals(List.of("n1", "n3"), object(Http.get(BATCHES + "?group_id=" + group + "&batch_name.in=n1,n3"
                + "&order=batch_name"), 200).getJsonArray("rows").stream()
                .map(r -> r.asJsonObject().getString("batch_name")).toList());
        assertEquals(1, object(Http.get(BATCHES + "?group_id=" + group + "&batch_id.is=null"), 200)
                .getJsonArray("rows").size());
        assertEquals(2, object(Http.get(BATCHES + "?group_id=" + group + "&id.gt=" + ids.get(2)), 200)
                .getJsonArray("rows").size());
        assertEquals(400, Http.get(query + "&cursor=" + page.getString("next", "x")).statusCode());
        String other = object(Http.get(BATCHES + "?group_id=" + group + "&limit=1"), 200).getString("next");
        assertEquals(400, Http.get(query + "&cursor=" + other).statusCode(), "a cursor of another order");
    }

    @Test
    void anUpsertOnAUniqueKeyKeepsOneRowAndChangesOnlyTheSentColumnsEvenWhenRacing() throws Exception {
        String batch = "b-" + token();
        String upsert = BATCHES + "?on_conflict=ix_learning_batches_batch_id";
        JsonValue id = object(Http.putJson(upsert, "{\"batch_id\": \"" + batch + "\", \"batch_name\": \"first\","
                + " \"group_id\": \"g\", \"start_time\": 1700000000, \"message_count\": 3}"), 200)
                .getJsonArray("ids").get(0);
        assertEquals(id, object(Http.putJson(upsert, "{\"batch_id\": \"" + batch + "\", \"batch_name\": \"second\","
                + " \"group_id\": \"g\", \"start_time\": 1700000000}"), 200).getJsonArray("ids").get(0));
        JsonObject row = object(Http.get(BATCHES + "/" + id), 200);
        assertEquals("second", row.getString("batch_name"));
        assertEquals(3, row.getInt("message_count"), "not sent, kept");

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> racing = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String body = "{\"batch_id\": \"" + batch + "-race\", \"batch_name\": \"r" + i + "\", \"group_id\": \"g\","
                        + " \"start_time\": 1700000000}";
                racing.add(pool.submit(() -> Http.putJson(upsert, body)));
            }
            for (Future<HttpResponse<String>> put : racing) {
                assertEquals(200, put.get().statusCode(), put.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, object(Http.get(BATCHES + "?batch_id=" + batch + "-race&count=true"), 200).getInt("total"));
        assertEquals(400, Http.putJson(BATCHES + "?on_conflict=idx_batch_name", "{\"batch_name\": \"x\"}").statusCode(),
                "not a unique key");
        assertEquals(400, Http.putJson(upsert, "{\"batch_name\": \"x\", \"group_id\": \"g\", \"start_time\": 1}")
                .statusCode(), "the key's columns are required");
        assertEquals(409, Http.postJson(BATCHES, "{\"batch_id\": \"" + batch + "\", \"batch_name\": \"x\","
                + " \"group_id\": \"g\", \"start_time\": 1700000000}").statusCode(), "a plain insert of a taken key");
    }

    @Test
    void hostileFiltersAreRefusedBeforeTheDatabase() {
        assertEquals(400, Http.get(BATCHES + "?no_such_column=1").statusCode());
        assertEquals(400, Http.get(BATCHES + "?" + encode("group_id;drop table learning_batches") + "=1").statusCode());
        assertEquals(400, Http.get(BATCHES + "?order=error_message").statusCode(), "not indexed");
        assertEquals(400, Http.get(BATCHES + "?order=" + encode("id; drop table x")).statusCode());
        assertEquals(400, Http.get(BATCHES + "?id=" + encode("1 OR 1=1")).statusCode());
        assertEquals(400, Http.get(BATCHES + "?message_count.gt=" + encode("0) OR (1=1")).statusCode());
        JsonObject none = object(Http.get(BATCHES + "?group_id=" + encode("x' OR '1'='1")), 200);
        assertEquals(0, none.getJsonArray("rows").size(), "text is bound, never spliced");
        String many = IntStream.range(0, 101).mapToObj(Integer::toString).collect(Collectors.joining(","));
        assertEquals(400, Http.get(BATCHES + "?id.in=" + many).statusCode(), "101 values");
        assertEquals(200, Http.get(BATCHES + "?id.in=" + many.substring(0, many.lastIndexOf(','))).statusCode());
        for (String bad : List.of("NaN", "Infinity", "-Infinity", "1e999")) {
            assertEquals(400, Http.get(BATCHES + "?quality_score.gt=" + bad).statusCode(), bad);
        }
        assertEquals(400, Http.get(BATCHES + "?start_time.gte=1700000000000").statusCode(), "milliseconds in seconds");
        assertEquals(400, Http.get(BATCHES + "?id.like=1").statusCode(), "unknown operator");
        assertEquals(400, Http.get(BATCHES + "?success.is=maybe").statusCode());
        assertEquals(400, Http.get(BATCHES + "?limit=1001").statusCode());
        assertEquals(400, Http.get(BATCHES + "?limit=0").statusCode());
        assertEquals(400, Http.get(BATCHES + "?cursor=" + encode("not a cursor")).statusCode());
        assertEquals(404, Http.get(rows("plugin_data")).statusCode(), "Botstore's own table");
        assertEquals(404, Http.get(rows("no_such_table")).statusCode());
        assertEquals(400, Http.get(BATCHES + "/abc").statusCode(), "an integer key");
    }

    @Test
    void aBadValueIsA400NamingItsRowAndColumnAndNothingOfTheBatchIsWritten() {
        String group = "g-" + token();
        String valid = "{\"batch_name\": \"ok\", \"group_id\": \"" + group + "\", \"start_time\": 1700000000}";
        List<String> rowsSent = new ArrayList<>(Collections.nCopies(3, valid));
        List<String[]> bad = List.of(
                new String[]{"batch_name", "\"" + "x".repeat(256) + "\""},
                new String[]{"batch_name", "null"},
                new String[]{"message_count", "1.5"},
                new String[]{"message_count", "3000000000"},
                new String[]{"start_time", "1700000000000"},
                new String[]{"success", "\"yes\""},
                new String[]{"id", "5"},
                new String[]{"nope", "1"},
                new String[]{"created_at", "\"yesterday\""});
        for (String[] value : bad) {
            List<String> sent = new ArrayList<>(rowsSent);
            JsonObject row = Json.createObjectBuilder(json(valid).asJsonObject()).add(value[0], json(value[1])).build();
            sent.add(row.toString());
            HttpResponse<String> refused = Http.postJson(BATCHES, "[" + String.join(",", sent) + "]");
            assertEquals(400, refused.statusCode(), row + ": " + refused.body());
            assertEquals("rows[3]." + value[0], TablesIT.json(refused).asJsonObject().getJsonArray("errors")
                    .getJsonObject(0).getString("field"), refused.body());
        }
        assertEquals(0, object(Http.get(BATCHES + "?group_id=" + group + "&count=true"), 200).getInt("total"));
        assertEquals(400, Http.postJson(BATCHES, "{\"group_id\": \"" + group + "\", \"start_time\": 1700000000}")
                .statusCode(), "batch_name is required");
        JsonObject goal = TablesIT.table("conversation_goals");
        assertFalse(goal.getJsonArray("columns").isEmpty());
        HttpResponse<String> notJson = Http.postJson(rows("conversation_goals"), "{\"session_id\": \"s-" + token()
                + "\", \"user_id\": \"u\", \"group_id\": \"g\", \"final_goal\": \"{not json\", \"current_stage\": {},"
                + " \"planned_stages\": [], \"metrics\": {}, \"created_at\": 1700000000000}");
        assertEquals(400, notJson.statusCode(), notJson.body());
        assertTrue(notJson.body().contains("rows[0].final_goal"), notJson.body());
        assertEquals(400, Http.postJson(BATCHES, "[" + String.join(",", Collections.nCopies(1001, valid)) + "]")
                .statusCode(), "1001 rows");
    }

    @Test
    void theOpenApiDocumentNamesEveryTableAndTypesItsRows() {
        JsonObject schemas = TablesIT.json(Http.get("/openapi?format=JSON")).asJsonObject().getJsonObject("components")
                .getJsonObject("schemas");
        List<String> names = schemas.getJsonObject("TableName").getJsonArray("enum").getValuesAs(
                (jakarta.json.JsonString s) -> s.getString());
        assertEquals(TablesIT.tables().stream().map(t -> t.getString("name")).toList(), names);
        JsonObject memory = schemas.getJsonObject("Row_memories");
        assertEquals("integer", memory.getJsonObject("properties").getJsonObject("importance").getString("type"));
        assertEquals(255, memory.getJsonObject("properties").getJsonObject("group_id").getInt("maxLength"));
        assertTrue(memory.getJsonArray("required").getValuesAs((jakarta.json.JsonString s) -> s.getString())
                .containsAll(List.of("group_id", "user_id", "content")), memory.toString());
    }

    private static JsonValue json(String text) {
        try (var reader = Json.createReader(new java.io.StringReader(text))) {
            return reader.readValue();
        }
    }

    private static String token() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
