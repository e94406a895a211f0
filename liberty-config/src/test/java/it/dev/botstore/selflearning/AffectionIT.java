package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.Community.array;
import static it.dev.botstore.selflearning.Community.atOnce;
import static it.dev.botstore.selflearning.Community.get;
import static it.dev.botstore.selflearning.Community.object;
import static it.dev.botstore.selflearning.Community.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Affection levels and the bot's mood through REST: clamping, totals, and moods that expire. */
class AffectionIT extends DeployedBotstore {

    private static final long START = 1_700_000_000L;

    @BeforeAll
    static void warmUp() {
        // a first write initialises the facade, so that the concurrent tests race on the database, not on start-up
        Http.putJson(group(unique("warm-up")) + "/users/u", "{\"new_level\": 1}");
    }

    private static String group(String group) {
        return "/api/v1/affection/groups/" + group;
    }

    private static int set(String group, String user, long level) {
        return object(Http.putJson(group(group) + "/users/" + user, "{\"new_level\": " + level
                + ", \"change_reason\": \"test\"}"), 200).getInt("affection_level");
    }

    @Test
    void levelsStayWithinZeroAndMaxOnFirstInsertAndOnEveryUpdate() throws Exception {
        String g = unique("g");
        assertEquals(100, set(g, "u1", 150), "clamped when the row is created");
        assertEquals(0, set(g, "u2", -10), "clamped when the row is created");
        assertEquals(0, set(g, "u1", -5));
        assertEquals(100, set(g, "u2", 1000));
        assertEquals(42, set(g, "u1", 42));
        assertEquals(7, set(g, "u3", 7));
        atOnce(8, i -> Http.putJson(group(g) + "/users/u4", "{\"new_level\": " + (i * 40) + "}"))
                .forEach(r -> object(r, 200));

        JsonObject u1 = get(group(g) + "/users/u1");
        assertEquals(100, u1.getInt("max_affection"));
        assertTrue(u1.getJsonNumber("updated_at").longValue() >= u1.getJsonNumber("created_at").longValue());
        var rows = array(Http.get(group(g) + "/users")).getValuesAs(JsonObject.class);
        assertEquals(4, rows.size(), "one row per user, concurrent writers included");
        long sum = 0;
        for (JsonObject row : rows) {
            int level = row.getInt("affection_level");
            assertTrue(level >= 0 && level <= row.getInt("max_affection"), row.toString());
            sum += level;
        }
        JsonObject total = get(group(g) + "/total");
        assertEquals(sum, total.getJsonNumber("total_affection").longValue());
        assertEquals(4, total.getInt("users"));
        assertEquals(0, get(group(unique("empty")) + "/total").getInt("total_affection"));

        assertEquals(404, Http.get(group(g) + "/users/nobody").statusCode());
        assertEquals(400, Http.putJson(group(g) + "/users/u1", "{\"new_level\": \"high\"}").statusCode());
        assertEquals(400, Http.putJson(group(g) + "/users/u1", "{}").statusCode());
        assertEquals(2, array(Http.get(group(g) + "/users?limit=2")).size());
    }

    @Test
    void aMoodIsCurrentFromItsStartUntilTheNextOne() {
        String g = unique("g");
        String current = group(g) + "/moods/current?at=";
        HttpResponse<String> saved = Http.postJson(group(g) + "/moods", "{\"mood_type\": \"happy\","
                + " \"mood_intensity\": 0.8, \"mood_description\": \"sunny\", \"duration_hours\": 1,"
                + " \"start_time\": " + START + "}");
        JsonObject mood = object(saved, 201);
        assertEquals(false, mood.containsKey("end_time"), "no end until the next mood: " + mood);

        assertEquals(404, Http.get(current + (START - 60)).statusCode(), "not yet");
        assertEquals("happy", get(current + (START + 1800)).getString("mood_type"));
        assertEquals("happy", get(current + Instant.ofEpochSecond(START + 3601)).getString("mood_type"),
                "past its duration, still the mood: expiry is opt-in");
        assertEquals("happy", get(current + (START + 3601) * 1000).getString("mood_type"), "epoch ms too");

        // the next mood replaces it from its own start
        object(Http.postJson(group(g) + "/moods", "{\"mood_type\": \"calm\", \"duration_hours\": 2,"
                + " \"start_time\": \"" + Instant.ofEpochSecond(START + 600) + "\"}"), 201);
        assertEquals("happy", get(current + (START + 300)).getString("mood_type"));
        assertEquals("calm", get(current + (START + 1200)).getString("mood_type"));
        assertEquals("calm", get(current + (START + 600 + 7201)).getString("mood_type"));

        assertEquals(400, Http.postJson(group(g) + "/moods", "{\"mood_type\": \"x\", \"duration_hours\": 0}")
                .statusCode());
        assertEquals(400, Http.postJson(group(g) + "/moods", "{\"duration_hours\": 1}").statusCode());
        assertEquals(400, Http.get(current + "yesterday").statusCode());
    }
}
