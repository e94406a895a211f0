package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.Community.array;
import static it.dev.botstore.selflearning.Community.atOnce;
import static it.dev.botstore.selflearning.Community.encode;
import static it.dev.botstore.selflearning.Community.get;
import static it.dev.botstore.selflearning.Community.object;
import static it.dev.botstore.selflearning.Community.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Jargon through REST: the atomic learning upsert, the manual lock, global jargon, deletion and search. */
class JargonIT extends DeployedBotstore {

    private static final String JARGON = "/api/v1/jargon/";

    @BeforeAll
    static void warmUp() {
        // a first write initialises the facade, so that the concurrent tests race on the database, not on start-up
        learn(unique("warm-up"), "warm-up", "");
    }

    private static HttpResponse<String> learn(String chat, String content, String fields) {
        return Http.putJson(JARGON + "terms", "{\"chat_id\": \"" + chat + "\", \"content\": \"" + content + "\""
                + (fields.isEmpty() ? "" : ", " + fields) + "}");
    }

    private static JsonObject lookup(String chat, String content) {
        return get(JARGON + "entries/lookup?chat_id=" + encode(chat) + "&content=" + encode(content));
    }

    @Test
    void sixteenLearnersOfOneNewTermMakeOneRowAndLockedCountsAddUp() throws Exception {
        String chat = unique("g");
        String term = unique("term");

        List<HttpResponse<String>> first = atOnce(16, i -> learn(chat, term, "\"count\": 1, \"meaning\": \"m\""));
        Set<Integer> ids = first.stream().map(r -> object(r, 200).getInt("id")).collect(Collectors.toSet());
        assertEquals(1, ids.size(), "every learner got the same row");
        assertEquals(1, get(JARGON + "entries/count?chat_id=" + encode(chat)).getJsonNumber("count").longValue());
        int id = ids.iterator().next();
        // an unlocked row takes count as the new value: sixteen times 1 is 1
        assertEquals(1, get(JARGON + "entries/" + id).getInt("count"));

        object(Http.patchJson(JARGON + "entries/" + id, "{\"is_complete\": true, \"meaning\": \"by hand\"}"), 200);
        atOnce(16, i -> learn(chat, term, "\"count\": 1, \"meaning\": \"learned\"")).forEach(r -> object(r, 200));

        JsonObject locked = get(JARGON + "entries/" + id);
        assertEquals(17, locked.getInt("count"), "a locked row adds each learner's count, none lost");
        assertEquals("by hand", locked.getString("meaning"));
    }

    @Test
    void aManualEditSurvivesLaterLearningWhileTheCountGrows() {
        String chat = unique("g");
        JsonObject learned = object(learn(chat, "yyds", "\"meaning\": \"auto\", \"raw_content\": [\"ctx\"], \"count\": 5"),
                200);
        assertEquals(Boolean.TRUE, learned.getBoolean("is_jargon"));
        int id = learned.getInt("id");

        object(Http.patchJson(JARGON + "entries/" + id,
                "{\"meaning\": \"manual\", \"is_jargon\": true, \"is_complete\": true}"), 200);
        object(learn(chat, "yyds", "\"meaning\": \"new\", \"raw_content\": [\"other\"], \"is_jargon\": false,"
                + " \"count\": 1, \"is_complete\": false"), 200);

        JsonObject row = lookup(chat, "yyds");
        assertEquals("manual", row.getString("meaning"));
        assertEquals(List.of("ctx"), row.getJsonArray("raw_content").getValuesAs(jakarta.json.JsonString::getString));
        assertTrue(row.getBoolean("is_jargon"));
        assertTrue(row.getBoolean("is_complete"));
        assertEquals(6, row.getInt("count"));

        // a manual edit may not take a content the chat already has, nor edit what is not there
        int taken = object(learn(chat, "taken", ""), 200).getInt("id");
        assertEquals(409, Http.patchJson(JARGON + "entries/" + taken, "{\"content\": \"yyds\"}").statusCode());
        assertEquals(404, Http.patchJson(JARGON + "entries/2000000000", "{\"meaning\": \"x\"}").statusCode());

        // without the lock, the same learning overwrites
        String other = unique("g");
        object(learn(other, "yyds", "\"meaning\": \"auto\", \"count\": 5"), 200);
        JsonObject unlocked = object(learn(other, "yyds", "\"meaning\": \"new\", \"count\": 1"), 200);
        assertEquals("new", unlocked.getString("meaning"));
        assertEquals(1, unlocked.getInt("count"));
    }

    @Test
    void globalJargonSyncsIntoAGroupOnceEvenWhenTwoGroupsShareATerm() {
        String a = unique("a");
        String b = unique("b");
        String target = unique("c");
        String shared = unique("shared");
        String onlyA = unique("only-a");
        for (String[] row : new String[][] {{a, shared}, {b, shared}, {a, onlyA}}) {
            int id = object(learn(row[0], row[1], "\"meaning\": \"from " + row[0] + "\", \"is_jargon\": true"), 200)
                    .getInt("id");
            assertTrue(object(Http.putJson(JARGON + "entries/" + id + "/global", "{\"is_global\": true}"), 200)
                    .getBoolean("is_global"));
        }
        List<String> global = array(Http.get(JARGON + "global?limit=500")).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("content")).toList();
        assertEquals(2, global.stream().filter(shared::equals).count(), "the global list is not de-duplicated");

        JsonObject first = object(Http.postJson(JARGON + "groups/" + target + "/global-sync", "{}"), 200);
        assertTrue(first.getInt("added") >= 2, first.toString());
        JsonObject copy = lookup(target, shared);
        assertEquals(1, copy.getInt("count"));
        assertFalse(copy.getBoolean("is_global"));
        assertEquals(first.getInt("added"), get(JARGON + "entries/count?chat_id=" + encode(target)
                + "&only_confirmed=true&local_only=true").getInt("count"), "each term was added once");
        assertEquals(0, object(Http.postJson(JARGON + "groups/" + target + "/global-sync", "{}"), 200).getInt("added"));
        // a group that holds the shared term itself syncs without error and gains nothing of it
        object(Http.postJson(JARGON + "groups/" + b + "/global-sync", "{}"), 200);
        assertEquals("from " + b, lookup(b, shared).getString("meaning"));
        assertEquals("from " + a, lookup(b, onlyA).getString("meaning"));

        // the global query de-duplicates by content across groups
        JsonArray list = array(Http.get(JARGON + "entries?global_only=true&only_confirmed=true&limit=500"));
        assertTrue(list.getValuesAs(JsonObject.class).stream().filter(o -> o.getString("content").equals(shared))
                .count() <= 1);
    }

    @Test
    void deletingAnEntryDeletesItsUsageRows() throws Exception {
        String chat = unique("g");
        HttpResponse<String> created = Http.postJson(JARGON + "entries",
                "{\"chat_id\": \"" + chat + "\", \"content\": \"gone\", \"meaning\": \"m\"}");
        int id = object(created, 201).getInt("id");
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/jargon/entries/" + id));
        assertEquals(id, object(Http.postJson(JARGON + "entries",
                "{\"chat_id\": \"" + chat + "\", \"content\": \"gone\"}"), 200).getInt("id"));
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement insert = c.prepareStatement("INSERT INTO jargon_usage_frequency (jargon_id, group_id,"
                     + " usage_count, last_used_at) VALUES (?, ?, 3, 1700000000.5)")) {
            insert.setInt(1, id);
            insert.setString(2, chat);
            insert.executeUpdate();
            insert.executeUpdate();
        }

        assertEquals(204, Http.delete(JARGON + "entries/" + id).statusCode());
        assertEquals(404, Http.get(JARGON + "entries/" + id).statusCode());
        assertEquals(404, Http.delete(JARGON + "entries/" + id).statusCode());
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement count = c.prepareStatement("SELECT COUNT(*) FROM jargon_usage_frequency WHERE jargon_id = ?")) {
            count.setInt(1, id);
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
        }
    }

    @Test
    void searchListCountAndStatisticsApplyEveryFilter() {
        String chat = unique("g");
        String stem = unique("Kw");
        int confirmed = object(learn(chat, stem + "-alpha", "\"is_jargon\": true, \"count\": 9"), 200).getInt("id");
        object(Http.putJson(JARGON + "entries/" + confirmed + "/global", "{\"is_global\": true}"), 200);
        object(learn(chat, stem + "-beta", "\"is_jargon\": false, \"count\": 2"), 200);
        object(learn(chat, stem + "_gamma", "\"is_jargon\": false, \"is_complete\": true"), 200);

        String search = JARGON + "entries/search?chat_id=" + encode(chat) + "&keyword=" + encode(stem.toLowerCase());
        assertEquals(3, array(Http.get(search)).size());
        assertEquals(stem + "-alpha", array(Http.get(search)).getJsonObject(0).getString("content"), "highest count first");
        assertEquals(1, array(Http.get(search + "&confirmed_only=true")).size());
        assertEquals(2, array(Http.get(search + "&pending_only=true")).size());
        assertEquals(1, array(Http.get(search + "&global_only=true")).size());
        assertEquals(2, array(Http.get(search + "&local_only=true")).size());
        assertEquals(1, array(Http.get(search + "&limit=1")).size());
        assertEquals(0, array(Http.get(JARGON + "entries/search?chat_id=" + encode(chat) + "&keyword=%25"
                + encode(stem.substring(3)) + "%25")).size(), "% is no wildcard");

        String list = JARGON + "entries?group_id=" + encode(chat);
        assertEquals(3, array(Http.get(list)).size());
        assertEquals(1, array(Http.get(list + "&only_confirmed=true")).size());
        assertEquals(2, array(Http.get(list + "&only_confirmed=false")).size());
        assertEquals(1, array(Http.get(list + "&pending_only=true")).size(), "pending excludes completed inference");
        assertEquals(2, array(Http.get(list + "&limit=2")).size());
        assertEquals(1, array(Http.get(list + "&limit=2&offset=2")).size());
        assertEquals(3, get(JARGON + "entries/count?chat_id=" + encode(chat)).getInt("count"));
        assertEquals(2, get(JARGON + "entries/count?chat_id=" + encode(chat) + "&local_only=true").getInt("count"));

        JsonObject stats = get(JARGON + "statistics?group_id=" + encode(chat));
        assertEquals(3, stats.getInt("total_candidates"));
        assertEquals(1, stats.getInt("confirmed_jargon"));
        assertEquals(1, stats.getInt("completed_inference"));
        assertEquals(12, stats.getInt("total_occurrences"));
        assertEquals(4.0, stats.getJsonNumber("average_count").doubleValue());
        assertEquals(1, stats.getInt("active_groups"));
        assertTrue(array(Http.get(JARGON + "groups")).getValuesAs(JsonObject.class).stream()
                .anyMatch(g -> g.getString("group_id").equals(chat) && g.getInt("count") == 3));

        assertEquals(400, Http.get(JARGON + "entries?limit=ten").statusCode());
        assertEquals(400, Http.get(JARGON + "entries/abc").statusCode());
        assertEquals(400, Http.get(JARGON + "entries/search").statusCode());
        assertEquals(400, learn(chat, "", "").statusCode());
        assertEquals(JsonValue.ValueType.OBJECT, get(JARGON + "statistics").getValueType());
    }
}
