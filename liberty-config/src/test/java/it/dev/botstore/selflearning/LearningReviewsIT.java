package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.LearningApi.allPages;
import static it.dev.botstore.selflearning.LearningApi.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The review lifecycle of persona reviews (a.k.a. persona update records) and style reviews: pending,
 * approved or rejected, back to pending; each decision touches exactly its row, and every list pages
 * through all rows. Approved style reviews feed their group's few-shots; rows adopted with malformed
 * JSON do not break a list.
 */
class LearningReviewsIT extends DeployedBotstore {

    private static final int REVIEWS = 120;

    @Test
    void approvingOneOf120PersonaReviewsChangesExactlyThatOne() {
        // the status given is ignored: a persona review is always created pending
        lifecycle("persona-reviews",
                "\"status\": \"approved\", \"update_type\": \"progressive_persona_learning\","
                        + " \"proposed_content\": \"p");
    }

    @Test
    void approvingOneOf120StyleReviewsChangesExactlyThatOne() {
        lifecycle("style-reviews", "\"type\": \"style_learning\", \"few_shots_content\": \"A: hi\\nB: yo");
    }

    private static void lifecycle(String kind, String fields) {
        String group = LearningApi.group();
        List<Integer> created = new ArrayList<>();
        for (int i = 0; i < REVIEWS; i++) {
            JsonObject review = LearningApi.post(kind, "{\"group_id\": \"" + group + "\", \"timestamp\": "
                    + (1_700_000_000 + i) + ", " + fields + i + "\"}");
            assertEquals("pending", review.getString("status"));
            created.add(review.getInt("id"));
        }
        String pending = "status=pending&group_id=" + group;
        String reviewed = "status=reviewed&group_id=" + group;
        List<Integer> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertEquals(newestFirst, ids(allPages(kind, pending, 50)), "pending pages: newest created first, all 120");

        int chosen = created.get(57); // beyond the first page of 50
        JsonObject approved = LearningApi.put(kind + "/" + chosen + "/status",
                "{\"status\": \"approved\", \"reviewer_comment\": \"ok\", \"group_id\": \"" + group + "\"}");
        assertEquals("approved", approved.getString("status"));
        assertEquals("ok", approved.getString("reviewer_comment"));
        assertTrue(approved.getJsonNumber("review_time").doubleValue() > 1_700_000_000);
        assertEquals(REVIEWS - 1, allPages(kind, pending, 50).size(), "exactly one review left pending");
        assertFalse(ids(allPages(kind, pending, 50)).contains(chosen));
        assertEquals(List.of(chosen), ids(allPages(kind, reviewed, 50)), "exactly the one named is reviewed");
        assertEquals("pending", LearningApi.object(Http.get(LearningApi.BASE + kind + "/" + created.get(58)), 200)
                .getString("status"));

        assertEquals(404, Http.putJson(LearningApi.BASE + kind + "/2147483000/status",
                "{\"status\": \"approved\"}").statusCode(), "an unknown id");
        assertEquals(404, Http.putJson(LearningApi.BASE + kind + "/99999999999/status",
                "{\"status\": \"approved\"}").statusCode(), "an id no row can have");
        assertEquals(404, Http.putJson(LearningApi.BASE + kind + "/" + created.get(1) + "/status",
                "{\"status\": \"approved\", \"group_id\": \"another-group\"}").statusCode(),
                "a review of another group");
        HttpResponse<String> unknownStatus = Http.putJson(LearningApi.BASE + kind + "/" + created.get(1) + "/status",
                "{\"status\": \"archived\"}");
        assertEquals(400, unknownStatus.statusCode(), unknownStatus.body());
        assertTrue(unknownStatus.body().contains("status"), unknownStatus.body());
        assertEquals(400, Http.get(LearningApi.BASE + kind + "?status=archived").statusCode());
        assertEquals(400, Http.get(LearningApi.BASE + kind + "?limit=ten").statusCode());
        assertEquals(400, Http.get(LearningApi.BASE + kind + "?limit=501").statusCode());
        assertEquals(REVIEWS - 1, allPages(kind, pending, 50).size(), "refused changes changed nothing");

        JsonObject reverted = LearningApi.put(kind + "/" + chosen + "/status", "{\"status\": \"pending\"}");
        assertEquals("pending", reverted.getString("status"));
        assertEquals(List.of(), ids(allPages(kind, reviewed, 50)), "back to pending leaves the reviewed list");
        assertEquals(newestFirst, ids(allPages(kind, pending, 50)));

        for (int i = 0; i < REVIEWS; i++) {
            LearningApi.put(kind + "/" + created.get(i) + "/status",
                    "{\"status\": \"" + (i % 3 == 0 ? "rejected" : "approved") + "\"}");
        }
        List<Integer> decided = ids(allPages(kind, reviewed, 50));
        assertEquals(REVIEWS, decided.size(), "the reviewed list pages through all 120, not the first 50");
        assertEquals(new HashSet<>(created), Set.copyOf(decided));
        assertEquals(REVIEWS / 3, allPages(kind, "status=rejected&group_id=" + group, 50).size());
        assertEquals(REVIEWS - REVIEWS / 3, allPages(kind, "status=approved&group_id=" + group, 7).size());
        assertEquals(0, allPages(kind, pending, 50).size());
    }

    @Test
    void approvedStyleReviewsFeedTheFewShotsOfTheirGroupOnly() {
        String group = LearningApi.group();
        String other = LearningApi.group();
        int older = LearningApi.post("style-reviews", "{\"group_id\": \"" + group + "\", \"type\": \"style_learning\","
                + " \"timestamp\": 1700000100, \"few_shots_content\": \"A: older\\nB: one\","
                + " \"learned_patterns\": [{\"pattern\": \"~\"}]}").getInt("id");
        int newer = LearningApi.post("style-reviews", "{\"group_id\": \"" + group + "\", \"type\": \"style_learning\","
                + " \"timestamp\": \"2023-11-14T22:15:00Z\", \"few_shots_content\": \"A: newer\\nB: two\"}")
                .getInt("id");
        int elsewhere = LearningApi.post("style-reviews", "{\"group_id\": \"" + other + "\","
                + " \"few_shots_content\": \"A: other\\nB: group\"}").getInt("id");
        assertEquals(List.of(), LearningApi.get("few-shots?group_id=" + group), "pending reviews give no few-shots");

        JsonObject approved = LearningApi.put("style-reviews/" + newer + "/status", "{\"status\": \"approved\"}");
        assertEquals("approved", approved.getString("status"));
        assertEquals(List.of(Json.string("A: newer\nB: two")), LearningApi.get("few-shots?group_id=" + group));
        assertEquals(List.of(), LearningApi.get("few-shots?group_id=" + other), "not in another group's");

        LearningApi.put("style-reviews/" + older + "/status", "{\"status\": \"approved\"}");
        LearningApi.put("style-reviews/" + elsewhere + "/status", "{\"status\": \"approved\"}");
        assertEquals(List.of(Json.string("A: newer\nB: two"), Json.string("A: older\nB: one")),
                LearningApi.get("few-shots?group_id=" + group), "newest created first");
        assertEquals(List.of(Json.string("A: newer\nB: two")), LearningApi.get("few-shots?group_id=" + group
                + "&limit=1"));
        assertEquals(List.of(Json.string("A: other\nB: group")), LearningApi.get("few-shots?group_id=" + other));

        LearningApi.put("style-reviews/" + newer + "/status", "{\"status\": \"rejected\"}");
        assertEquals(List.of(Json.string("A: older\nB: one")), LearningApi.get("few-shots?group_id=" + group));
        assertEquals(400, Http.get(LearningApi.BASE + "few-shots").statusCode(), "group_id is required");
    }

    @Test
    void aRowWithMalformedJsonComesBackAsRawTextAndTheListStaysWhole() throws Exception {
        String group = LearningApi.group();
        LearningApi.post("persona-reviews", "{\"group_id\": \"" + group + "\", \"timestamp\": 1700000000,"
                + " \"metadata\": {\"source\": \"batch\"}}");
        LearningApi.post("style-reviews", "{\"group_id\": \"" + group + "\", \"timestamp\": 1700000000,"
                + " \"learned_patterns\": [\"a\"], \"metadata\": {\"source\": \"remember_command\"}}");
        try (Connection c = ItDatabase.connect(ItDatabase.name())) {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO persona_update_reviews"
                    + " (timestamp, group_id, update_type, status, metadata)"
                    + " VALUES (?, ?, 'traditional', 'pending', ?)")) {
                st.setDouble(1, 1_700_000_500.25);
                st.setString(2, group);
                st.setString(3, "{\"change_snapshot\": ");
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO style_learning_reviews"
                    + " (type, group_id, timestamp, learned_patterns, few_shots_content, status, metadata)"
                    + " VALUES ('style_learning', ?, ?, ?, '', 'pending', ?)")) {
                st.setString(1, group);
                st.setDouble(2, 1_700_000_500.25);
                st.setString(3, "[{'pattern': 'python repr'}]");
                st.setString(4, "not json at all");
                st.executeUpdate();
            }
        }

        List<JsonObject> persona = allPages("persona-reviews", "status=pending&group_id=" + group, 50);
        assertEquals(2, persona.size(), persona.toString());
        assertEquals(Json.string("{\"change_snapshot\": "), persona.get(0).get("metadata"), "the raw text");
        assertEquals("traditional", persona.get(0).getString("update_type"));
        assertEquals("batch", persona.get(1).getJsonObject("metadata").getString("source"), "the rest intact");

        List<JsonObject> style = allPages("style-reviews", "status=pending&group_id=" + group, 50);
        assertEquals(2, style.size(), style.toString());
        assertEquals(Json.string("[{'pattern': 'python repr'}]"), style.get(0).get("learned_patterns"));
        assertEquals(Json.string("not json at all"), style.get(0).get("metadata"));
        assertEquals(JsonValue.ValueType.ARRAY, style.get(1).get("learned_patterns").getValueType());
        assertEquals("remember_command", style.get(1).getJsonObject("metadata").getString("source"));

        int adopted = style.get(0).getInt("id");
        JsonObject patched = object(Http.patchJson(LearningApi.BASE + "style-reviews/" + adopted + "/metadata",
                "{\"change_snapshot\": {\"id\": 7}}"));
        assertEquals(7, patched.getJsonObject("metadata").getJsonObject("change_snapshot").getInt("id"),
                "a patch over stored text that is no object starts from {}");
    }

    @Test
    void metadataPatchMergesTopLevelKeysAndDeleteRemovesTheRow() {
        String group = LearningApi.group();
        int id = LearningApi.post("persona-reviews", "{\"group_id\": \"" + group + "\","
                + " \"learning_source\": \"progressive_persona_learning\", \"raw_analysis\": \"why\","
                + " \"proposed_content\": \"be kind\", \"confidence_score\": 0.75,"
                + " \"metadata\": {\"keep\": 1, \"replace\": {\"old\": true}}}").getInt("id");
        JsonObject review = object(Http.get(LearningApi.BASE + "persona-reviews/" + id));
        assertEquals("progressive_persona_learning", review.getString("update_type"));
        assertEquals("why", review.getString("reason"));
        assertEquals(0.75, review.getJsonNumber("confidence_score").doubleValue());

        JsonObject patched = object(Http.patchJson(LearningApi.BASE + "persona-reviews/" + id + "/metadata",
                "{\"replace\": {\"new\": 1}, \"change_snapshot\": {\"review_source\": \"persona_learning\"}}"));
        JsonObject metadata = patched.getJsonObject("metadata");
        assertEquals(1, metadata.getInt("keep"));
        assertEquals(Json.object("{\"new\":1}"), metadata.getJsonObject("replace"));
        assertEquals("persona_learning", metadata.getJsonObject("change_snapshot").getString("review_source"));
        assertEquals(400, Http.patchJson(LearningApi.BASE + "persona-reviews/" + id + "/metadata", "[1]").statusCode());
        assertEquals(404, Http.patchJson(LearningApi.BASE + "persona-reviews/2147483000/metadata", "{}").statusCode());

        JsonObject modified = LearningApi.put("persona-reviews/" + id + "/status",
                "{\"status\": \"approved\", \"modified_content\": \"be very kind\"}");
        assertEquals("be very kind", modified.getString("proposed_content"));
        assertEquals("be very kind", modified.getString("new_content"));

        assertEquals(204, Http.delete(LearningApi.BASE + "persona-reviews/" + id).statusCode());
        assertEquals(404, Http.delete(LearningApi.BASE + "persona-reviews/" + id).statusCode());
        assertEquals(404, Http.get(LearningApi.BASE + "persona-reviews/" + id).statusCode());
        int style = LearningApi.post("style-reviews", "{\"group_id\": \"" + group + "\"}").getInt("id");
        assertEquals(204, Http.delete(LearningApi.BASE + "style-reviews/" + style).statusCode());
        assertEquals(404, Http.delete(LearningApi.BASE + "style-reviews/" + style).statusCode());
        assertEquals(400, Http.postJson(LearningApi.BASE + "persona-reviews", "{\"proposed_content\": \"x\"}")
                .statusCode(), "group_id is required");
        assertEquals(400, Http.postJson(LearningApi.BASE + "persona-reviews", "{\"group_id\": \"" + group
                + "\", \"metadata\": [1]}").statusCode(), "metadata is an object");
    }

    private static JsonObject object(HttpResponse<String> response) {
        return LearningApi.object(response, 200);
    }

    /** JSON values to compare responses with. */
    private static final class Json {
        static JsonString string(String text) {
            return jakarta.json.Json.createValue(text);
        }

        static JsonObject object(String json) {
            try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
                return reader.readObject();
            }
        }
    }
}
