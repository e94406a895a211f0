package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.StyleItSupport.assertBadRequest;
import static it.dev.botstore.selflearning.StyleItSupport.number;
import static it.dev.botstore.selflearning.StyleItSupport.race;
import static it.dev.botstore.selflearning.StyleItSupport.rows;
import static it.dev.botstore.selflearning.StyleItSupport.texts;
import static it.dev.botstore.selflearning.StyleItSupport.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Emotion profiles through REST: one per user and group, saves that keep what they do not send. */
class PsychologicalIT extends DeployedBotstore {

    private static final String API = "/api/v1/psychological/emotion-profiles/";

    @Test
    void aSecondSaveKeepsTheFieldsItDidNotSend() throws Exception {
        String group = unique("g");
        String user = unique("u");
        String path = API + group + "/" + user;
        assertEquals(404, Http.get(path).statusCode());

        HttpResponse<String> created = Http.putJson(path,
                "{\"dominant_emotions\": {\"joy\": 0.8, \"喜悦\": 1}, \"empathy_level\": 0.9}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(Http.BASE + path, created.headers().firstValue("Location").orElseThrow());
        assertEquals(0.5, number(created.body(), "emotional_stability"), "a new profile's default");
        assertTrue(created.body().contains("\"emotion_patterns\":{}"), created.body());

        HttpResponse<String> updated = Http.putJson(path, "{\"emotional_stability\": 0.2,"
                + " \"emotion_patterns\": [\"calm mornings\"]}");
        assertEquals(200, updated.statusCode(), updated.body());

        String profile = Http.get(path).body();
        assertTrue(profile.contains("\"dominant_emotions\":{\"joy\":0.8,\"喜悦\":1}"), profile);
        assertTrue(profile.contains("\"emotion_patterns\":[\"calm mornings\"]"), profile);
        assertEquals(0.9, number(profile, "empathy_level"), profile);
        assertEquals(0.2, number(profile, "emotional_stability"), profile);
        assertEquals(List.of(user), texts(profile, "user_id"));
        assertEquals(List.of(group), texts(profile, "group_id"));
        assertTrue(Math.abs(number(profile, "last_updated") - Instant.now().getEpochSecond()) < 600, profile);
        assertEquals(1, rows("emotion_profiles", "user_id = ? AND group_id = ?", user, group));

        // the same user in another group is another profile
        assertEquals(404, Http.get(API + unique("g") + "/" + user).statusCode());
    }

    @Test
    void concurrentSavesOfOneProfileLeaveOneRowAndNoError() throws Exception {
        String group = unique("g");
        String user = unique("u");
        String path = API + group + "/" + user;
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String body = i % 2 == 0 ? "{\"empathy_level\": 0." + i + "1}" : "{\"dominant_emotions\": {\"n\": " + i + "}}";
            saves.add(() -> Http.putJson(path, body).statusCode());
        }
        List<Integer> statuses = race(saves);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, rows("emotion_profiles", "user_id = ? AND group_id = ?", user, group));
        String profile = Http.get(path).body();
        assertTrue(profile.contains("\"dominant_emotions\":{\"n\":"), "an odd save's emotions survive: " + profile);
        assertTrue(number(profile, "empathy_level") != 0.5, "an even save's empathy survives: " + profile);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String path = API + unique("g") + "/" + unique("u");
        assertBadRequest(Http.putJson(path, "{\"empathy_level\": \"very\"}"), "empathy_level");
        assertBadRequest(Http.putJson(path, "{\"emotional_stability\": true}"), "emotional_stability");
        assertBadRequest(Http.putJson(path, "{\"empathy_level\": 1e999}"), "empathy_level");
        assertBadRequest(Http.putJson(path, "\"just text\""), "body");
        assertBadRequest(Http.putJson(path, "{not json"), "body");
        assertBadRequest(Http.putJson(API + "g/" + "u".repeat(256), "{}"), "user_id");
        assertEquals(404, Http.get(path).statusCode(), "a refused save stores nothing");
    }
}
