package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.Community.array;
import static it.dev.botstore.selflearning.Community.get;
import static it.dev.botstore.selflearning.Community.object;
import static it.dev.botstore.selflearning.Community.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the original plugin's own callers send (its message collector, jargon miner, multidimensional
 * analyzer, affection manager, progressive learning), replayed as they send it: a bot that switches
 * to Botstore must not lose data or drift. Payloads are written here after the callers' shapes.
 */
class OriginalCallersIT extends DeployedBotstore {

    @Test
    void theMessageCollectorsImageOnlyMessageFromAnUnknownSenderIsStored() {
        String group = unique("g");
        JsonObject stored = object(Http.postJson("/api/v1/messages", "{\"sender_id\": \"\", \"sender_name\": \"\","
                + " \"message\": \"\", \"group_id\": \"" + group + "\", \"platform\": \"unknown\","
                + " \"timestamp\": 1796619280}"), 201);
        assertEquals("", stored.getString("sender_id"));
        assertEquals("", stored.getString("sender_name"));
        assertEquals("", stored.getString("message"));
        assertEquals("unknown", stored.getString("platform"));
        assertEquals(stored, get("/api/v1/messages/" + stored.getInt("id")));

        HttpResponse<String> batch = Http.postJson("/api/v1/messages/batch", "{\"messages\": [{\"sender_id\": \"\","
                + " \"sender_name\": \"\", \"message\": \"\", \"group_id\": \"" + group + "\", \"platform\": \"unknown\"}]}");
        assertEquals(201, batch.statusCode(), batch.body());

        HttpResponse<String> tooLong = Http.postJson("/api/v1/messages", "{\"sender_id\": \"" + "9".repeat(256)
                + "\", \"message\": \"\"}");
        assertEquals(400, tooLong.statusCode(), "length limits still apply");
        assertTrue(tooLong.body().contains("sender_id"), tooLong.body());
    }

    @Test
    void theJargonMinerSendsBackTheWholeEntryItReadAndTheInferredMeaningIsKept() {
        String chat = unique("chat");
        JsonObject learned = object(Http.putJson("/api/v1/jargon/terms", "{\"chat_id\": \"" + chat + "\","
                + " \"content\": \"yyds\", \"raw_content\": [\"yyds!\"], \"count\": 3}"), 200);
        JsonObject read = get("/api/v1/jargon/entries/" + learned.getInt("id"));

        // the miner changes what it inferred and sends the dict back, id, chat_id and times included
        JsonObjectBuilder whole = Json.createObjectBuilder(read);
        whole.add("meaning", "the greatest of all time").add("is_jargon", true).add("last_inference_count", 3);
        whole.add("raw_content", read.getJsonArray("raw_content").toString()); // the original's dicts hold JSON text
        whole.add("created_at", "2026-12-07T10:00:00.123456"); // whatever the miner holds, it cannot move this
        HttpResponse<String> updated = Http.patchJson("/api/v1/jargon/entries/" + read.getInt("id"),
                whole.build().toString());

        JsonObject entry = object(updated, 200);
        assertEquals("the greatest of all time", entry.getString("meaning"));
        assertTrue(entry.getBoolean("is_jargon"));
        assertEquals(3, entry.getInt("last_inference_count"));
        assertEquals(chat, entry.getString("chat_id"));
        assertEquals(read.getJsonNumber("created_at"), entry.getJsonNumber("created_at"), "created_at never changes");
        assertEquals(entry, get("/api/v1/jargon/entries/" + read.getInt("id")));

        JsonObject moved = Json.createObjectBuilder(entry).add("chat_id", unique("other")).add("count", 4).build();
        JsonObject kept = object(Http.patchJson("/api/v1/jargon/entries/" + read.getInt("id"), moved.toString()), 200);
        assertEquals(chat, kept.getString("chat_id"), "chat_id never changes; it is ignored, as the original does");
        assertEquals(4, kept.getInt("count"));
    }

    @Test
    void aDateTimeWithoutAnOffsetIsTheServersWallClockTime() {
        String chat = unique("chat");
        String local = "2026-12-07T10:00:00.123456"; // datetime.now().isoformat() on the bot's host
        long expected = LocalDateTime.parse(local).atZone(ZoneId.systemDefault()).toEpochSecond();
        JsonObject inserted = object(Http.postJson("/api/v1/jargon/entries", "{\"chat_id\": \"" + chat + "\","
                + " \"content\": \"awsl\", \"created_at\": \"" + local + "\", \"updated_at\": \"2026-12-07T02:00:00Z\"}"), 201);
        JsonObject entry = get("/api/v1/jargon/entries/" + inserted.getInt("id"));
        assertEquals(expected, entry.getJsonNumber("created_at").longValue(), "read in the server's zone");
        assertEquals(Instant.parse("2026-12-07T02:00:00Z").getEpochSecond(), entry.getJsonNumber("updated_at")
                .longValue(), "Z is UTC, whatever the zone");
    }

    @Test
    void theMultidimensionalAnalyzersRunningRelationIsRecordedAsSent() {
        String group = unique("g");
        String relations = "/api/v1/social/groups/" + group + "/relations";
        long[] times = {1796619200, 1796619300, 1796619250}; // the last save carries an older time
        for (int i = 1; i <= 3; i++) {
            HttpResponse<String> saved = Http.postJson(relations, "{\"from_user\": \"42\", \"to_user\": \"43\","
                    + " \"relation_type\": \"frequent_interaction\", \"strength\": " + (i / 10.0) + ", \"frequency\": "
                    + i + ", \"last_interaction\": " + times[i - 1] + "}");
            assertEquals(i == 1 ? 201 : 200, saved.statusCode(), saved.body());
        }
        JsonArray graph = array(Http.get(relations));
        assertEquals(1, graph.size());
        JsonObject relation = graph.getJsonObject(0);
        assertEquals(3, relation.getInt("frequency"), "the running total as sent, not 1 + 2 + 3");
        // MySQL keeps the strength in a single-precision FLOAT column
        assertEquals(0.3, relation.getJsonNumber("strength").doubleValue(), 1e-6, "the latest strength, not an average");
        assertEquals(1796619300L, relation.getJsonNumber("last_interaction").longValue(), "the later interaction");
    }

    @Test
    void theAffectionManagersMoodStaysTheMoodUntilTheNextOne() {
        String group = "/api/v1/affection/groups/" + unique("g");
        long start = 1796619280;
        JsonObject mood = object(Http.postJson(group + "/moods", "{\"mood_type\": \"happy\", \"mood_intensity\": 0.8,"
                + " \"mood_description\": \"a good day\", \"duration_hours\": 24, \"start_time\": " + start + "}"), 201);
        assertFalse(mood.containsKey("end_time"), "no end, as in the original: " + mood);

        String current = group + "/moods/current?at=";
        assertEquals("happy", get(current + (start + 25 * 3600)).getString("mood_type"), "a day later, still happy");
        assertEquals("happy", get(current + (start + 400 * 24 * 3600)).getString("mood_type"));

        object(Http.postJson(group + "/moods", "{\"mood_type\": \"calm\", \"duration_hours\": 24, \"start_time\": "
                + (start + 30 * 3600) + "}"), 201);
        assertEquals("happy", get(current + (start + 29 * 3600)).getString("mood_type"));
        assertEquals("calm", get(current + (start + 31 * 3600)).getString("mood_type"), "replaced by the next one");
    }

    @Test
    void progressiveLearningEndsItsSessionWithoutRepeatingTheGroup() {
        String group = LearningApi.group();
        String session = "/api/v1/learning/sessions/s-" + group;
        object(Http.putJson(session, "{\"group_id\": \"" + group + "\", \"batch_id\": \"b-1\","
                + " \"start_time\": 1796619280.25, \"status\": \"active\"}"), 200);

        JsonObject ended = object(Http.putJson(session, "{\"end_time\": 1796619580.5, \"messages_processed\": 40,"
                + " \"quality_score\": 0.75, \"status\": \"completed\"}"), 200);
        assertEquals(group, ended.getString("group_id"));
        assertEquals("completed", ended.getString("status"));
        assertEquals(40, ended.getInt("message_count"));
        assertEquals(1796619580.5, ended.getJsonNumber("end_time").doubleValue());
        assertEquals(1796619280.25, ended.getJsonNumber("start_time").doubleValue());
        assertEquals(ended, object(Http.putJson(session, "{}"), 200), "an empty report changes nothing");

        HttpResponse<String> unknown = Http.putJson(session + "-unknown", "{\"status\": \"completed\"}");
        assertEquals(400, unknown.statusCode(), "only a new session needs its group");
        assertTrue(unknown.body().contains("group_id"), unknown.body());
    }

    @Test
    void anEpochTheOriginalStoredWithAFractionIsReadBackAsStored() throws Exception {
        String group = unique("g");
        String relations = "/api/v1/social/groups/" + group + "/relations";
        object(Http.postJson(relations, "{\"from_user\": \"42\", \"to_user\": \"43\", \"last_interaction\": 1796619280}"),
                201);
        // the original writes time.time() as it is; SQLite keeps the float in the BIGINT column
        BigDecimal stored;
        try (Connection db = ItDatabase.connect(ItDatabase.name());
             PreparedStatement update = db.prepareStatement("UPDATE user_social_relation_components"
                     + " SET last_interaction = ? WHERE group_id = ?");
             PreparedStatement select = db.prepareStatement("SELECT last_interaction FROM"
                     + " user_social_relation_components WHERE group_id = ?")) {
            update.setDouble(1, 1796619280.7865748);
            update.setString(2, group);
            assertEquals(1, update.executeUpdate());
            select.setString(1, group);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                Object value = row.getObject(1);
                stored = new BigDecimal(value instanceof Double d ? Double.toString(d) : value.toString());
            }
        }
        if (ItDatabase.backend().equals("sqlite")) {
            assertEquals(0, new BigDecimal("1796619280.7865748").compareTo(stored), "SQLite keeps the fraction");
        }
        BigDecimal read = array(Http.get(relations)).getJsonObject(0).getJsonNumber("last_interaction").bigDecimalValue();
        assertEquals(0, stored.compareTo(read), "stored " + stored + ", read " + read);
        BigDecimal ofUser = get("/api/v1/social/groups/" + group + "/users/42/relations").getJsonArray("relations")
                .getJsonObject(0).getJsonNumber("last_interaction").bigDecimalValue();
        assertEquals(0, stored.compareTo(ofUser));
    }

    @Test
    void theJargonCountWithoutFiltersCountsWhatTheListWithoutFiltersLists() {
        String chat = unique("chat");
        String other = unique("chat");
        String third = unique("chat");
        // contents that SQL's LOWER/TRIM (and MySQL's accent-blind collation) would count differently
        for (String[] term : new String[][] {{chat, "Café"}, {third, "cafe"}, {other, "CAFÉ"}, {chat, "yyds\n"},
                {other, "YYDS"}, {chat, " "}, {other, "Straße"}, {chat, "STRASSE"}}) {
            object(Http.postJson("/api/v1/jargon/entries", Json.createObjectBuilder().add("chat_id", term[0])
                    .add("content", term[1]).build().toString()), 201);
        }
        Set<String> listed = new HashSet<>();
        int pageSize = 500;
        for (int offset = 0; ; offset += pageSize) {
            JsonArray page = array(Http.get("/api/v1/jargon/entries?limit=" + pageSize + "&offset=" + offset));
            page.getValuesAs(JsonObject.class).forEach(e -> listed.add(e.getString("content").strip()
                    .toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT)));
            if (page.size() < pageSize) {
                break;
            }
        }
        assertTrue(listed.containsAll(Set.of("café", "cafe", "yyds", "strasse")), listed.toString());
        assertEquals(listed.size(), get("/api/v1/jargon/entries/count").getJsonNumber("count").longValue());
        assertEquals(4, get("/api/v1/jargon/entries/count?chat_id=" + chat + "&only_confirmed=false")
                .getJsonNumber("count").longValue(), "in one chat, rows are counted as the original counts them");
    }

    @Test
    void aFullPageSaysThatAnotherMayFollowAndTheBodyStaysAList() {
        String group = unique("g");
        for (String to : new String[] {"a", "b", "c"}) {
            object(Http.postJson("/api/v1/social/groups/" + group + "/relations", "{\"from_user\": \"42\","
                    + " \"to_user\": \"" + to + "\"}"), 201);
            Http.putJson("/api/v1/affection/groups/" + group + "/users/" + to, "{\"new_level\": 10}");
            object(Http.putJson("/api/v1/learning/sessions/" + group + "-" + to, "{\"group_id\": \"" + group + "\"}"), 200);
            LearningApi.post("persona-reviews", "{\"group_id\": \"" + group + "\", \"proposed_content\": \"" + to + "\"}");
            LearningApi.post("style-reviews", "{\"group_id\": \"" + group + "\", \"few_shots_content\": \"" + to + "\"}");
        }
        for (String list : new String[] {"/api/v1/social/groups/" + group + "/relations?",
                "/api/v1/affection/groups/" + group + "/users?", "/api/v1/learning/sessions?group_id=" + group + "&",
                "/api/v1/learning/persona-reviews?group_id=" + group + "&",
                "/api/v1/learning/style-reviews?group_id=" + group + "&"}) {
            HttpResponse<String> first = Http.get(list + "limit=2");
            assertEquals(2, array(first).size(), list);
            String next = next(first).orElseThrow(() -> new AssertionError("no Link rel=next on " + list));
            assertTrue(next.contains("offset=2") && next.contains("limit=2"), next);
            HttpResponse<String> last = Http.get(next.substring(next.indexOf("/api/v1/")));
            assertEquals(1, array(last).size(), next);
            assertEquals(Optional.empty(), next(last), "the last page has no next: " + list);
        }
        HttpResponse<String> groups = Http.get("/api/v1/messages/statistics/groups?limit=1");
        if (array(groups).size() == 1) {
            assertTrue(next(groups).isPresent(), "a full page of groups has a next link");
        }
    }

    /** The target of a {@code Link: <…>; rel="next"} header. */
    private static Optional<String> next(HttpResponse<String> response) {
        return response.headers().allValues("Link").stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(",")))
                .filter(link -> link.contains("rel=\"next\""))
                .map(link -> link.substring(link.indexOf('<') + 1, link.indexOf('>')))
                .findFirst();
    }
}
