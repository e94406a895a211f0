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
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Profiles, preferences and social relations through REST: upserts that merge and keep what was not sent. */
class SocialIT extends DeployedBotstore {

    private static final String SOCIAL = "/api/v1/social/";

    @BeforeAll
    static void warmUp() {
        // a first write initialises the facade, so that the concurrent tests race on the database, not on start-up
        Http.postJson(SOCIAL + "groups/" + unique("warm-up") + "/relations",
                "{\"from_user\": \"a\", \"to_user\": \"b\"}");
    }

    @Test
    void savingTheSameRelationTwiceLeavesOneRelationAsLastSent() {
        String g = unique("g");
        String relations = SOCIAL + "groups/" + g + "/relations";
        HttpResponse<String> first = Http.postJson(relations, "{\"from_user\": \"a\", \"to_user\": \"b\","
                + " \"relation_type\": \"friend\", \"strength\": 0.4, \"frequency\": 1, \"last_interaction\": 1700000000,"
                + " \"relation_name\": \"pals\"}");
        assertEquals(201, first.statusCode(), first.body());
        JsonObject second = object(Http.postJson(relations, "{\"from_user_id\": \"a\", \"to_user_id\": \"b\","
                + " \"relation_type\": \"friend\", \"strength\": 0.8, \"frequency\": 3, \"last_interaction\": 1700000500}"),
                200);
        assertEquals(3, second.getInt("frequency"));

        var graph = array(Http.get(relations)).getValuesAs(JsonObject.class);
        assertEquals(1, graph.size(), "one relation, not two");
        JsonObject relation = graph.get(0);
        assertEquals("a", relation.getString("from_user"));
        assertEquals("b", relation.getString("to_user"));
        assertEquals(3, relation.getInt("frequency"), "the frequency as sent");
        // MySQL keeps the strength in a single-precision FLOAT column
        assertEquals(0.8, relation.getJsonNumber("strength").doubleValue(), 1e-6, "the strength as sent");
        assertEquals(1700000500L, relation.getJsonNumber("last_interaction").longValue());
        assertEquals("pals", relation.getString("description"));

        JsonObject ofB = get(SOCIAL + "groups/" + g + "/users/b/relations");
        assertEquals(1, ofB.getJsonArray("relations").size());
        assertEquals("a", ofB.getJsonArray("relations").getJsonObject(0).getString("from_user_id"));
        assertEquals(0, get(SOCIAL + "groups/" + g + "/users/nobody/relations").getJsonArray("relations").size());

        // another type is another relation
        assertEquals(201, Http.postJson(relations, "{\"from_user\": \"a\", \"to_user\": \"b\"}").statusCode());
        assertEquals(2, array(Http.get(relations)).size());
        assertEquals(400, Http.postJson(relations, "{\"from_user\": \"a\"}").statusCode());
    }

    @Test
    void concurrentSavesOfOneRelationLeaveOneRow() throws Exception {
        String g = unique("g");
        String relations = SOCIAL + "groups/" + g + "/relations";
        List<HttpResponse<String>> responses = atOnce(16, i -> Http.postJson(relations,
                "{\"from_user\": \"x\", \"to_user\": \"y\", \"relation_type\": \"mention\", \"strength\": 0.5}"));
        assertEquals(1, responses.stream().filter(r -> r.statusCode() == 201).count(), "created once");
        assertEquals(15, responses.stream().filter(r -> r.statusCode() == 200).count(), "updated by the others");
        var graph = array(Http.get(relations)).getValuesAs(JsonObject.class);
        assertEquals(1, graph.size());
        assertEquals(1, graph.get(0).getInt("frequency"), "each save sent frequency 1");
    }

    @Test
    void aProfileKeepsTheFieldsACallerDidNotSend() {
        String qq = unique("qq");
        String path = SOCIAL + "profiles/" + qq;
        assertEquals(404, Http.get(path).statusCode());
        JsonObject created = object(Http.putJson(path, "{\"qq_name\": \"Alice\", \"nicknames\": [\"al\"],"
                + " \"topic_preferences\": {\"cats\": 1}, \"last_active\": 1700000000}"), 200);
        assertEquals(1700000000.0, created.getJsonNumber("last_active").doubleValue());
        assertEquals(0, created.getJsonObject("activity_pattern").size(), "a new profile gets the empty default");

        JsonObject updated = object(Http.putJson(path, "{\"qq_name\": \"Alice B\","
                + " \"emotional_tendency\": {\"calm\": 0.9}}"), 200);
        assertEquals("Alice B", updated.getString("qq_name"));
        assertEquals("al", updated.getJsonArray("nicknames").getString(0));
        assertEquals(1, updated.getJsonObject("topic_preferences").getInt("cats"));
        assertEquals(0.9, updated.getJsonObject("emotional_tendency").getJsonNumber("calm").doubleValue());
        assertTrue(updated.getJsonNumber("last_active").doubleValue() > 1700000000.0, "saving counts as activity");
        assertEquals(updated, get(path));
    }

    @Test
    void preferencesKeepTheFieldsACallerDidNotSend() {
        String g = unique("g");
        String path = SOCIAL + "groups/" + g + "/users/u/preferences";
        assertEquals(404, Http.get(path).statusCode());
        JsonObject created = object(Http.putJson(path, "{\"favorite_topics\": [\"x\"]}"), 200);
        assertEquals(0.5, created.getJsonNumber("adaptive_rate").doubleValue());
        object(Http.putJson(path, "{\"adaptive_rate\": 0.7}"), 200);
        JsonObject prefs = object(Http.putJson(path, "{\"interaction_style\": {\"tone\": \"warm\"}}"), 200);
        assertEquals("x", prefs.getJsonArray("favorite_topics").getString(0));
        assertEquals("warm", prefs.getJsonObject("interaction_style").getString("tone"));
        assertEquals(0.7, prefs.getJsonNumber("adaptive_rate").doubleValue());
        assertEquals(0, prefs.getJsonObject("learning_preferences").size());
        assertEquals(prefs, get(path));
        assertEquals(400, Http.putJson(path, "{\"adaptive_rate\": \"fast\"}").statusCode());
    }
}
