package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.LearningApi.array;
import static it.dev.botstore.selflearning.LearningApi.object;
import static org.junit.jupiter.api.Assertions.assertEquals;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The original's end-to-end data flow (reference, section 10) through REST only: raw messages in,
 * the batch learner's filtering and processing, the bot's replies, a persona review and a style
 * review proposed, the style review approved, and its few-shot dialog served to the group. The
 * message statistics are checked after every step against what was put in.
 */
class LearningPipelineIT extends DeployedBotstore {

    private static final long T0 = 1_765_000_000L;
    private static final List<String[]> CHAT = List.of(
            new String[] {"alice", "anyone up for hotpot tonight?"},
            new String[] {"bob", "always, where?"},
            new String[] {"alice", "the place by the station"},
            new String[] {"carol", "count me in 🍲"},
            new String[] {"bob", "/help"},
            new String[] {"carol", "seven o'clock?"});

    @Test
    void rawMessagesBecomeAnApprovedFewShotOfTheirGroup() {
        String group = LearningApi.group();
        String otherGroup = LearningApi.group();
        JsonObject before = statistics("");

        // 1. raw messages in, as the collector saves them
        JsonArrayBuilder batch = Json.createArrayBuilder();
        for (int i = 0; i < CHAT.size(); i++) {
            batch.add(Json.createObjectBuilder().add("sender_id", CHAT.get(i)[0]).add("message", CHAT.get(i)[1])
                    .add("group_id", group).add("timestamp", T0 + i * 30).add("platform", "aiocqhttp"));
        }
        JsonObject stored = object(Http.postJson("/api/v1/messages/batch",
                Json.createObjectBuilder().add("messages", batch).build().toString()), 201);
        List<Integer> ids = stored.getJsonArray("ids").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList();
        assertEquals(CHAT.size(), ids.size());
        assertGroup(group, 6, 6, 0);
        assertGlobalGrowth(before, 6, 0, 0);

        // 2. the batch learner reads the unprocessed messages, oldest first, keeps all but the command...
        List<JsonObject> unprocessed = array(Http.get("/api/v1/messages/unprocessed?group_id=" + group + "&limit=10"))
                .getValuesAs(JsonObject.class);
        assertEquals(ids, unprocessed.stream().map(m -> m.getInt("id")).toList());
        for (JsonObject message : unprocessed) {
            if (!message.getString("message").startsWith("/")) {
                object(Http.postJson("/api/v1/messages/filtered", Json.createObjectBuilder()
                        .add("raw_message_id", message.getInt("id")).add("message", message.getString("message"))
                        .add("sender_id", message.getString("sender_id")).add("group_id", group)
                        .add("timestamp", message.getJsonNumber("timestamp").longValue()).add("confidence", 0.9)
                        .add("filter_reason", "batch_learning").build().toString()), 201);
            }
        }
        assertGroup(group, 6, 6, 5);
        assertGlobalGrowth(before, 6, 5, 0);

        // ...and marks every message it read processed, kept or not
        JsonObject marked = object(Http.postJson("/api/v1/messages/processed",
                Json.createObjectBuilder().add("message_ids", Json.createArrayBuilder(ids)).build().toString()), 200);
        assertEquals(6, marked.getInt("marked"));
        assertEquals(0, array(Http.get("/api/v1/messages/unprocessed?group_id=" + group)).size());
        assertGroup(group, 6, 0, 5);

        // 3. the bot's replies are recorded
        for (String reply : List.of("hotpot it is", "see you at seven")) {
            object(Http.postJson("/api/v1/messages/bot", Json.createObjectBuilder().add("group_id", group)
                    .add("message", reply).add("timestamp", T0 + 200 + reply.length()).build().toString()), 201);
        }
        assertEquals(List.of("see you at seven", "hotpot it is"),
                strings(Http.get("/api/v1/messages/bot?group_id=" + group + "&limit=10")));
        assertGroup(group, 6, 0, 5);
        assertGlobalGrowth(before, 6, 5, 2);

        // 4. the learners propose a persona change and a style, both pending
        JsonObject persona = LearningApi.post("persona-reviews", Json.createObjectBuilder().add("group_id", group)
                .add("update_type", "progressive_persona_learning").add("original_content", "a bot")
                .add("proposed_content", "a bot that loves hotpot").add("confidence_score", 0.7).build().toString());
        assertEquals("pending", persona.getString("status"));
        String fewShot = "A: anyone up for hotpot tonight?\nB: always, where?";
        JsonObject style = LearningApi.post("style-reviews", Json.createObjectBuilder().add("group_id", group)
                .add("type", "style_learning").add("few_shots_content", fewShot)
                .add("learned_patterns", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("situation", "an invitation").add("expression", "always, where?")))
                .add("description", "learned from 6 messages").build().toString());
        assertEquals("pending", style.getString("status"));
        assertEquals(List.of(), strings(Http.get("/api/v1/learning/few-shots?group_id=" + group)),
                "a pending review is no example yet");

        // 5. a person approves the style review: it becomes the group's few-shot, and only that group's
        JsonObject approved = LearningApi.put("style-reviews/" + style.getInt("id") + "/status",
                Json.createObjectBuilder().add("status", "approved").add("group_id", group).build().toString());
        assertEquals("approved", approved.getString("status"));
        assertEquals(List.of(fewShot), strings(Http.get("/api/v1/learning/few-shots?group_id=" + group + "&limit=3")));
        assertEquals(List.of(), strings(Http.get("/api/v1/learning/few-shots?group_id=" + otherGroup)));
        assertEquals("pending", object(Http.get("/api/v1/learning/persona-reviews/" + persona.getInt("id")), 200)
                .getString("status"), "approving the style review touches nothing else");

        // the messages are as they were put in after the whole flow
        assertGroup(group, 6, 0, 5);
        assertGlobalGrowth(before, 6, 5, 2);
    }

    private static JsonObject statistics(String query) {
        return object(Http.get("/api/v1/messages/statistics" + query), 200);
    }

    private static void assertGroup(String group, int total, int unprocessed, int filtered) {
        JsonObject stats = statistics("?group_id=" + group);
        assertEquals(total, stats.getInt("total_messages"), stats::toString);
        assertEquals(total, stats.getInt("raw_messages"), stats::toString);
        assertEquals(unprocessed, stats.getInt("unprocessed_messages"), stats::toString);
        assertEquals(filtered, stats.getInt("filtered_messages"), stats::toString);
    }

    /** The totals over all groups grew by what this test put in (ITs of one backend run one at a time). */
    private static void assertGlobalGrowth(JsonObject before, int raw, int filtered, int bot) {
        JsonObject now = statistics("");
        assertEquals(raw, now.getInt("raw_messages") - before.getInt("raw_messages"), now::toString);
        assertEquals(filtered, now.getInt("filtered_messages") - before.getInt("filtered_messages"), now::toString);
        assertEquals(bot, now.getInt("bot_messages") - before.getInt("bot_messages"), now::toString);
    }

    private static List<String> strings(java.net.http.HttpResponse<String> response) {
        return array(response).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
