package it.dev.botstore;

import static it.dev.botstore.support.JsonAnswers.array;
import static it.dev.botstore.support.JsonAnswers.object;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Nekro Agent's host operations on the plugin store, as its web UI performs them with an admin key:
 * a channel reset across every plugin, a plugin's data across all scopes a page at a time, and a
 * reset of a plugin's data that keeps its files.
 */
class PluginStoreAdminIT extends DeployedBotstore {

    @Test
    void aChannelResetEmptiesThatChatInEveryPluginAndNothingElse() {
        String chat = "onebot_v11-group_" + UUID.randomUUID();
        String emotion = plugin("emotion");
        String memory = plugin("memory");
        put(emotion, "mood", "chat_key=" + chat);
        put(emotion, "mood", "chat_key=" + chat + "&user_key=10001");
        put(memory, "summary", "chat_key=" + chat);
        put(memory, "summary", "chat_key=" + chat + "-other");
        put(memory, "settings", "");

        JsonObject reset = object(Http.delete("/api/v1/plugin-store/chats/" + chat), 200);
        assertEquals(3, reset.getInt("deleted"));
        assertEquals(chat, reset.getString("chat_key"));
        assertEquals(404, Http.get(store(emotion, "mood", "chat_key=" + chat + "&user_key=10001")).statusCode());
        assertEquals(404, Http.get(store(memory, "summary", "chat_key=" + chat)).statusCode());
        assertEquals(200, Http.get(store(memory, "summary", "chat_key=" + chat + "-other")).statusCode());
        assertEquals(200, Http.get(store(memory, "settings", "")).statusCode());
        assertEquals(0, object(Http.delete("/api/v1/plugin-store/chats/" + chat), 200).getInt("deleted"));
    }

    @Test
    void aPluginsEntriesInEveryScopeComeAPageAtATime() {
        String plugin = plugin("notes");
        put(plugin, "b", "chat_key=g2");
        put(plugin, "a", "chat_key=g1&user_key=u1");
        put(plugin, "z", "");
        put(plugin, "c", "chat_key=g1");
        put(plugin("other"), "a", "chat_key=g1");

        String entries = "/api/v1/plugin-store/plugins/" + plugin + "/entries";
        List<String> seen = new ArrayList<>();
        String next = entries + "?limit=3";
        while (next != null) {
            HttpResponse<String> page = Http.get(next);
            for (JsonObject e : array(page).getValuesAs(JsonObject.class)) {
                seen.add(e.getString("chat_key") + "|" + e.getString("user_key") + "|" + e.getString("key") + "="
                        + e.getString("value"));
                assertEquals(1, e.getInt("version"));
                assertTrue(e.containsKey("created_at"), e.toString());
            }
            next = page.headers().firstValue("Link").map(l -> l.substring(l.indexOf("/api/v1/"), l.indexOf('>')))
                    .orElse(null);
        }
        assertEquals(List.of("||z=value of z", "g1||c=value of c", "g1|u1|a=value of a", "g2||b=value of b"), seen);
        assertEquals(400, Http.get(entries + "?limit=0").statusCode());
        assertEquals(400, Http.get("/api/v1/plugin-store/plugins/no-dot/entries").statusCode());
    }

    @Test
    void resettingAPluginsDataKeepsItsFiles() {
        String plugin = plugin("gallery");
        put(plugin, "index", "");
        put(plugin, "index", "chat_key=g1");
        HttpResponse<String> file = Http.send(Http.request("/api/v1/plugins/" + plugin + "/files/cat.txt")
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofString("meow")));
        assertEquals(201, file.statusCode(), file.body());

        JsonObject reset = object(Http.delete("/api/v1/plugin-store/plugins/" + plugin + "/entries"), 200);
        assertEquals(2, reset.getInt("deleted"));
        assertEquals(0, array(Http.get("/api/v1/plugin-store/plugins/" + plugin + "/entries")).size());
        assertEquals("meow", Http.get("/api/v1/plugins/" + plugin + "/files/cat.txt").body(), "the file is kept");
        assertEquals(204, Http.delete("/api/v1/plugins/" + plugin + "/files/cat.txt").statusCode());
    }

    private static String plugin(String module) {
        return "it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + "." + module;
    }

    private static String store(String plugin, String key, String scope) {
        return "/api/v1/plugins/" + plugin + "/store/" + key + (scope.isEmpty() ? "" : "?" + scope);
    }

    private static void put(String plugin, String key, String scope) {
        HttpResponse<String> put = Http.putText(store(plugin, key, scope), "value of " + key);
        assertEquals(201, put.statusCode(), put.body());
    }
}
