package it.dev.botstore;

import static it.dev.botstore.support.JsonAnswers.array;
import static it.dev.botstore.support.JsonAnswers.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bot in China: the server runs with {@code time_zone=Asia/Shanghai} (UTC+8) and
 * {@code mood_expires_after_duration=true} (the execution it-sqlite-utc8). The original's callers
 * send {@code datetime.now().isoformat()}, their wall-clock time without an offset; it must land
 * on the instant they meant, and order as they meant, wherever time input is taken.
 */
class LocalTimeZoneIT extends DeployedBotstore {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @BeforeAll
    static void theServerRunsInUtcPlus8() {
        assertEquals("Asia/Shanghai", System.getenv("TIME_ZONE"), "run by the Failsafe execution it-sqlite-utc8");
    }

    @Test
    void jargonTimesWithoutAnOffsetAreShanghaiTimeAndSortAsMeant() {
        String chat = "chat-" + UUID.randomUUID();
        // 10:00 in Shanghai is 02:00 UTC: earlier than 03:00 UTC, though "10:00" reads later
        JsonObject local = object(Http.postJson("/api/v1/jargon/entries", "{\"chat_id\": \"" + chat + "\","
                + " \"content\": \"yyds\", \"created_at\": \"2026-12-07T10:00:00.123456\","
                + " \"updated_at\": \"2026-12-07T10:00:00.123456\"}"), 201);
        object(Http.postJson("/api/v1/jargon/entries", "{\"chat_id\": \"" + chat + "\", \"content\": \"awsl\","
                + " \"created_at\": \"2026-12-07T03:00:00Z\", \"updated_at\": \"2026-12-07T03:00:00Z\"}"), 201);

        assertEquals(shanghai("2026-12-07T10:00:00"), local.getJsonNumber("created_at").longValue());
        assertEquals(Instant.parse("2026-12-07T02:00:00Z").getEpochSecond(), local.getJsonNumber("updated_at").longValue());
        JsonArray recent = array(Http.get("/api/v1/jargon/entries?chat_id=" + chat));
        assertEquals(List.of("awsl", "yyds"), recent.getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("content")).toList(), "most recently updated first, by the instants meant");
    }

    @Test
    void theAnalyzersRunningRelationKeepsTheLaterInteractionInShanghaiTime() {
        String relations = "/api/v1/social/groups/g-" + UUID.randomUUID() + "/relations";
        String[] times = {"2026-12-07T10:00:00.000001", "2026-12-07T10:05:00.5", "2026-12-07T09:30:00"};
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> saved = Http.postJson(relations, "{\"from_user\": \"42\", \"to_user\": \"43\","
                    + " \"relation_type\": \"frequent_interaction\", \"strength\": " + (i / 10.0) + ", \"frequency\": "
                    + i + ", \"last_interaction\": \"" + times[i - 1] + "\"}");
            assertEquals(i == 1 ? 201 : 200, saved.statusCode(), saved.body());
        }
        JsonObject relation = array(Http.get(relations)).getJsonObject(0);
        assertEquals(3, relation.getInt("frequency"));
        assertEquals(0.3, relation.getJsonNumber("strength").doubleValue(), 1e-6);
        assertEquals(shanghai("2026-12-07T10:05:00"), relation.getJsonNumber("last_interaction").longValue());
    }

    @Test
    void sessionAndReviewTimesWithoutAnOffsetAreShanghaiTime() {
        String group = "g-" + UUID.randomUUID();
        String session = "/api/v1/learning/sessions/s-" + group;
        object(Http.putJson(session, "{\"group_id\": \"" + group + "\", \"start_time\": \"2026-12-07T10:00:00\"}"), 200);
        JsonObject ended = object(Http.putJson(session, "{\"end_time\": \"2026-12-07T10:30:00.25\","
                + " \"status\": \"completed\"}"), 200);
        assertEquals(shanghai("2026-12-07T10:00:00"), ended.getJsonNumber("start_time").doubleValue(), 1e-6);
        assertEquals(shanghai("2026-12-07T10:30:00") + 0.25, ended.getJsonNumber("end_time").doubleValue(), 1e-6);

        JsonObject review = object(Http.postJson("/api/v1/learning/persona-reviews", "{\"group_id\": \"" + group
                + "\", \"proposed_content\": \"x\", \"timestamp\": \"2026-12-07T10:00:00\"}"), 201);
        assertEquals(shanghai("2026-12-07T10:00:00"), review.getJsonNumber("timestamp").doubleValue(), 1e-6);
        JsonObject atNoonUtc = object(Http.postJson("/api/v1/learning/persona-reviews", "{\"group_id\": \"" + group
                + "\", \"proposed_content\": \"y\", \"timestamp\": \"2026-12-07T12:00:00+00:00\"}"), 201);
        assertEquals(Instant.parse("2026-12-07T12:00:00Z").getEpochSecond(),
                atNoonUtc.getJsonNumber("timestamp").doubleValue(), 1e-6, "an offset is kept as sent");
    }

    @Test
    void withExpirySwitchedOnAMoodEndsAfterItsDuration() {
        String group = "/api/v1/affection/groups/g-" + UUID.randomUUID();
        JsonObject mood = object(Http.postJson(group + "/moods", "{\"mood_type\": \"happy\", \"duration_hours\": 1,"
                + " \"start_time\": \"2026-12-07T10:00:00\"}"), 201);
        long start = shanghai("2026-12-07T10:00:00");
        assertEquals(start + 3600, mood.getJsonNumber("end_time").doubleValue(), 1e-6);
        assertEquals(200, Http.get(group + "/moods/current?at=2026-12-07T10:59:00").statusCode());
        HttpResponse<String> later = Http.get(group + "/moods/current?at=2026-12-07T11:01:00");
        assertEquals(404, later.statusCode(), "expired after one hour of Shanghai time");
        assertFalse(later.body().contains("happy"));
    }

    private static long shanghai(String wallClock) {
        return LocalDateTime.parse(wallClock).atZone(SHANGHAI).toEpochSecond();
    }
}
