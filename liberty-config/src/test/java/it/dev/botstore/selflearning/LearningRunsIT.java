package it.dev.botstore.selflearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Persona change snapshots, learning sessions, batches, performance records and the learning statistics. */
class LearningRunsIT extends DeployedBotstore {

    @Test
    void aSnapshotRoundTripsAndTheLatestOfAReviewIsFound() {
        String review = "r-" + LearningApi.group();
        HttpResponse<String> created = Http.postJson(LearningApi.BASE + "snapshots", "{\"review_id\": \"" + review
                + "\", \"review_source\": \"persona_learning\", \"applied_persona_id\": \"default\", \"applied_at\":"
                + " 1700000000.5, \"before_system_prompt\": \"你好\", \"before_begin_dialogs\": [\"A: hi\", \"B: yo\"],"
                + " \"affected_fields\": [\"system_prompt\"]}");
        JsonObject first = LearningApi.object(created, 201);
        assertTrue(created.headers().firstValue("Location").orElseThrow()
                .endsWith("/api/v1/learning/snapshots/" + first.getInt("id")));
        assertEquals("", first.getString("after_system_prompt"));
        assertEquals(List.of(), first.getJsonArray("after_begin_dialogs"));
        LearningApi.post("snapshots", "{\"review_id\": \"" + review + "\", \"review_source\": \"persona_learning\","
                + " \"applied_at\": \"2023-11-14T23:00:00Z\", \"after_system_prompt\": \"later\"}");
        LearningApi.post("snapshots", "{\"review_id\": \"" + review + "\", \"review_source\": \"style_learning\","
                + " \"applied_at\": 1600000000}");

        JsonObject latest = LearningApi.object(Http.get(LearningApi.BASE + "snapshots/latest?review_source="
                + "persona_learning&review_id=" + review), 200);
        assertEquals("later", latest.getString("after_system_prompt"));
        assertEquals(1_700_002_800.0, latest.getJsonNumber("applied_at").doubleValue());
        JsonObject again = LearningApi.object(Http.get(LearningApi.BASE + "snapshots/" + first.getInt("id")), 200);
        assertEquals("你好", again.getString("before_system_prompt"));
        assertEquals(List.of(Json.createValue("A: hi"), Json.createValue("B: yo")),
                again.getJsonArray("before_begin_dialogs"));
        assertEquals(1_700_000_000.5, again.getJsonNumber("applied_at").doubleValue());
        assertEquals(404, Http.get(LearningApi.BASE + "snapshots/latest?review_source=traditional&review_id="
                + review).statusCode());
        assertEquals(400, Http.postJson(LearningApi.BASE + "snapshots", "{\"review_source\": \"x\"}").statusCode());
        assertEquals(400, Http.postJson(LearningApi.BASE + "snapshots", "{\"review_id\": 5, \"review_source\": \"x\","
                + " \"affected_fields\": \"not a list\"}").statusCode());
    }

    @Test
    void aSessionIsCreatedOnceAndLaterReportsChangeOnlyWhatTheyGive() {
        String group = LearningApi.group();
        String session = "s-" + group;
        JsonObject created = LearningApi.put("sessions/" + session, "{\"group_id\": \"" + group + "\", \"batch_id\":"
                + " \"b1\", \"start_time\": 1700000000, \"messages_processed\": 12, \"quality_score\": 0.5}");
        assertEquals("active", created.getString("status"));
        assertEquals(12, created.getInt("message_count"));
        assertEquals(0.5, created.getJsonNumber("learning_quality").doubleValue());
        assertTrue(created.containsKey("created_at"), created.toString());

        JsonObject updated = LearningApi.put("sessions/" + session, "{\"group_id\": \"elsewhere\","
                + " \"batch_id\": \"b2\","
                + " \"start_time\": 1, \"end_time\": 1700000600, \"status\": \"completed\"}");
        assertEquals(group, updated.getString("group_id"), "group, batch and start stay");
        assertEquals("b1", updated.getString("batch_id"));
        assertEquals(1_700_000_000.0, updated.getJsonNumber("start_time").doubleValue());
        assertEquals(12, updated.getInt("message_count"), "not given, kept");
        assertEquals(0.5, updated.getJsonNumber("learning_quality").doubleValue());
        assertEquals("completed", updated.getString("status"));
        assertEquals(1_700_000_600.0, updated.getJsonNumber("end_time").doubleValue());
        assertEquals(updated, LearningApi.object(Http.get(LearningApi.BASE + "sessions/" + session), 200));

        String groupField = "{\"group_id\": \"" + group + "\", ";
        LearningApi.put("sessions/" + session + "-old", groupField + "\"start_time\": 1690000000}");
        LearningApi.put("sessions/" + session + "-new", groupField + "\"start_time\": 1700086400}");
        JsonArray byGroup = LearningApi.get("sessions?group_id=" + group);
        assertEquals(List.of(session + "-new", session, session + "-old"), byGroup.stream()
                .map(s -> s.asJsonObject().getString("session_id")).toList(), "newest started first");
        JsonArray recent = LearningApi.get("sessions?group_id=" + group + "&days=7&at=1700100000");
        assertEquals(List.of(session + "-new", session), recent.stream()
                .map(s -> s.asJsonObject().getString("session_id")).toList(), "started in the 7 days before at");
        assertEquals(1, LearningApi.get("sessions?group_id=" + group + "&limit=1&offset=1").size());

        assertEquals(404, Http.get(LearningApi.BASE + "sessions/none-" + group).statusCode());
        assertEquals(400, Http.putJson(LearningApi.BASE + "sessions/new-" + group, "{\"status\": \"x\"}").statusCode(),
                "a new session needs its group");
        assertEquals(400, Http.get(LearningApi.BASE + "sessions?days=seven").statusCode());
        assertEquals(400, Http.get(LearningApi.BASE + "sessions?days=1&at=yesterday").statusCode());
    }

    @Test
    void racingFirstReportsOfOneSessionMakeOneSession() throws Exception {
        String group = LearningApi.group();
        int writers = 10;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<HttpResponse<String>>> puts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String body = "{\"group_id\": \"" + group + "\", \"message_count\": " + i + "}";
                puts.add(pool.submit(() -> Http.putJson(LearningApi.BASE + "sessions/race-" + group, body)));
            }
            for (Future<HttpResponse<String>> put : puts) {
                assertEquals(200, put.get().statusCode(), put.get().body());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, LearningApi.get("sessions?group_id=" + group).size());
    }

    @Test
    void performanceRecordsKeepWholeSecondsAndPatternsAsJson() {
        String group = LearningApi.group();
        HttpResponse<String> created = Http.postJson(LearningApi.BASE + "performance", "{\"group_id\": \"" + group
                + "\", \"session_id\": \"s1\", \"timestamp\": 1700000000999, \"quality_score\": 0.8, \"learning_time\":"
                + " 12.5, \"successful_pattern\": [\"greeting\"], \"failed_pattern\": \"plain\"}");
        JsonObject record = LearningApi.object(created, 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/learning/performance/" + record.getInt("id")), location);
        assertEquals(1_700_000_000L, record.getJsonNumber("timestamp").longValue(), "milliseconds in, seconds stored");
        assertEquals(true, record.getBoolean("success"));
        assertEquals("[\"greeting\"]", record.getString("successful_pattern"));
        assertEquals("plain", record.getString("failed_pattern"));
        assertEquals(record, LearningApi.object(Http.get(LearningApi.BASE + "performance/" + record.getInt("id")),
                200));
        assertEquals(400, Http.postJson(LearningApi.BASE + "performance", "{\"quality_score\": 1}").statusCode());
        assertEquals(400, Http.postJson(LearningApi.BASE + "performance", "{\"group_id\": \"g\", \"success\": \"yes\"}")
                .statusCode());
    }

    @Test
    void batchesProgressPatternsAndCounts() throws SQLException {
        String group = LearningApi.group();
        JsonObject countsBefore = LearningApi.object(Http.get(LearningApi.BASE + "statistics/counts"), 200);
        JsonObject styleBefore = LearningApi.object(Http.get(LearningApi.BASE + "statistics/style-reviews"), 200);
        try (Connection c = ItDatabase.connect(ItDatabase.name())) {
            batch(c, group, "first", 1_700_000_000, 0.6, 10);
            batch(c, group, "second", 1_700_003_600, 0.9, 20);
            batch(c, group, "unscored", 1_700_007_200, null, 30);
            batch(c, group, "empty", 1_700_010_800, 0.5, 0);
            for (String type : List.of("tone", "tone", "emoji")) {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO style_learning_patterns (group_id,"
                        + " pattern_type, pattern, usage_count, confidence, created_at, updated_at)"
                        + " VALUES (?, ?, 'p', 0, 1.0, 1700000000, 1700000000)")) {
                    st.setString(1, group.substring(0, 30));
                    st.setString(2, type);
                    st.executeUpdate();
                }
            }
        }
        JsonArray batches = LearningApi.get("batches?group_id=" + group);
        assertEquals(List.of("empty", "unscored", "second", "first"), batches.stream()
                .map(b -> b.asJsonObject().getString("batch_name")).toList());
        assertEquals(List.of("unscored"), LearningApi.get("batches?group_id=" + group + "&limit=1&offset=1").stream()
                .map(b -> b.asJsonObject().getString("batch_name")).toList());
        assertTrue(LearningApi.get("batches").size() <= 10, "the recent batches: 10 unless asked for more");

        JsonArray progress = LearningApi.get("statistics/style-progress?group_id=" + group);
        assertEquals(2, progress.size(), progress.toString());
        JsonObject latest = progress.getJsonObject(0);
        assertEquals("second", latest.getString("batch_name"));
        assertEquals(1_700_003_600.0, latest.getJsonNumber("timestamp").doubleValue());
        assertEquals(20, latest.getInt("processed_messages"));
        assertEquals(true, latest.getBoolean("success"));

        JsonObject patterns = LearningApi.object(Http.get(LearningApi.BASE + "statistics/patterns?group_id="
                + group.substring(0, 30)), 200);
        assertEquals(Json.createObjectBuilder().add("emoji", 1).add("tone", 2).build(), patterns);

        LearningApi.post("persona-reviews", "{\"group_id\": \"" + group + "\"}");
        int style = LearningApi.post("style-reviews", "{\"group_id\": \"" + group + "\"}").getInt("id");
        LearningApi.post("style-reviews", "{\"group_id\": \"" + group + "\"}");
        LearningApi.put("style-reviews/" + style + "/status", "{\"status\": \"approved\"}");
        JsonObject counts = LearningApi.object(Http.get(LearningApi.BASE + "statistics/counts"), 200);
        assertEquals(countsBefore.getInt("pending_persona_updates") + 1, counts.getInt("pending_persona_updates"));
        assertEquals(countsBefore.getInt("style_learning_patterns") + 3, counts.getInt("style_learning_patterns"));
        assertTrue(counts.containsKey("refined_messages"));
        JsonObject styleStats = LearningApi.object(Http.get(LearningApi.BASE + "statistics/style-reviews"), 200);
        assertEquals(styleBefore.getInt("total_reviews") + 2, styleStats.getInt("total_reviews"));
        assertEquals(styleBefore.getInt("pending_reviews") + 1, styleStats.getInt("pending_reviews"));
        assertEquals(styleBefore.getInt("approved_reviews") + 1, styleStats.getInt("approved_reviews"));
    }

    private static void batch(Connection c, String group, String name, double start, Double quality, int processed)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO learning_batches (batch_name, group_id, start_time,"
                + " quality_score, processed_messages, message_count, filtered_count, success, status)"
                + " VALUES (?, ?, ?, ?, ?, 0, 0, ?, 'completed')")) {
            st.setString(1, name);
            st.setString(2, group);
            st.setDouble(3, start);
            st.setObject(4, quality, java.sql.Types.DOUBLE);
            st.setInt(5, processed);
            st.setBoolean(6, true);
            st.executeUpdate();
        }
    }
}
