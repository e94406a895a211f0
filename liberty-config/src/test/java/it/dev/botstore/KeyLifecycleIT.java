package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ApiKeys;
import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The life of an API key, on every backend: created by an admin (the secret shown once), used,
 * listed without its secret, revoked (401 at once), and each admin step in the audit trail.
 */
class KeyLifecycleIT extends DeployedBotstore {

    /** A little longer than the server's key cache keeps a checked key, so the next use reads it again. */
    private static final long KEY_CACHE_MILLIS = 2_500;

    @AfterEach
    void dropTheRefusal() throws SQLException {
        switch (ItDatabase.backend()) {
            case "postgresql" -> execute("DROP TRIGGER IF EXISTS refuse_key_use ON botstore_api_keys",
                    "DROP FUNCTION IF EXISTS refuse_key_use()");
            default -> execute("DROP TRIGGER IF EXISTS refuse_key_use");
        }
    }

    @Test
    void aKeyIsCreatedUsedListedWithoutItsSecretRevokedAndAudited() {
        ApiKeys.Key bot = ApiKeys.create("lifecycle-bot", "bot", null);
        assertTrue(bot.secret().startsWith("bst_") && bot.secret().length() >= 4 + 43, bot.secret());

        HttpResponse<String> used = Http.send(Http.requestWithKey("/api/v1/admin/statistics", bot.secret()));
        assertEquals(200, used.statusCode(), used.body());

        String listing = Http.get("/api/v1/admin/keys").body();
        JsonObject listed = keys(listing).stream().map(v -> v.asJsonObject())
                .filter(k -> k.getJsonNumber("id").longValue() == bot.id()).findFirst().orElseThrow();
        assertEquals("lifecycle-bot", listed.getString("name"));
        assertEquals("bot", listed.getString("role"));
        assertTrue(bot.secret().startsWith(listed.getString("prefix")));
        assertFalse(listing.contains(bot.secret().substring(8)), "a listing holds no secret: " + listing);
        assertFalse(listed.containsKey("secret"));

        ApiKeys.revoke(bot);
        HttpResponse<String> refused = Http.send(Http.requestWithKey("/api/v1/admin/statistics", bot.secret()));
        assertEquals(401, refused.statusCode(), refused.body());
        assertEquals("Bearer", refused.headers().firstValue("WWW-Authenticate").orElse(""));
        assertFalse(refused.body().contains(bot.secret()), "the key is never echoed");

        String audit = Http.get("/api/v1/admin/audit?limit=20").body();
        assertTrue(audit.contains("\"operation\":\"keys.revoke\""), audit);
        assertTrue(audit.contains("\"operation\":\"keys.create\""), audit);
        assertTrue(audit.contains("\"key_name\":\"admin_api_key\""), audit);
        assertTrue(audit.contains("lifecycle-bot"), audit);
        assertFalse(audit.contains(bot.secret()), "the audit trail holds no secret: " + audit);
    }

    @Test
    void aPluginKeyIsBoundToItsPluginAndABadRequestForAKeyIs400() {
        ApiKeys.Key weather = ApiKeys.create("weather", "plugin", "keys_it.weather");
        String own = "/api/v1/plugins/keys_it.weather/store/city";
        assertEquals(201, Http.send(Http.requestWithKey(own, weather.secret())
                .header("Content-Type", "text/plain").PUT(java.net.http.HttpRequest.BodyPublishers.ofString("Oslo")))
                .statusCode());
        HttpResponse<String> other = Http.send(Http.requestWithKey("/api/v1/plugins/keys_it.notes/store/city",
                weather.secret()));
        assertEquals(403, other.statusCode(), other.body());
        assertTrue(other.body().contains("bound to plugin keys_it.weather"), other.body());

        for (String bad : List.of("{\"name\": \"x\", \"role\": \"root\"}", "{\"name\": \"x\", \"role\": \"plugin\"}",
                "{\"name\": \"\", \"role\": \"bot\"}", "{\"name\": \"x\", \"role\": \"bot\", \"plugin\": \"a.b\"}")) {
            HttpResponse<String> refused = Http.postJson("/api/v1/admin/keys", bad);
            assertEquals(400, refused.statusCode(), bad + " -> " + refused.body());
        }
        assertEquals(404, Http.delete("/api/v1/admin/keys/987654321").statusCode());
    }

    @Test
    void destructiveAdminActionsAreAuditedWithTheirCounts() {
        Http.putText("/api/v1/plugins/keys_it.gone/store/k", "v");
        HttpResponse<String> removed = Http.delete("/api/v1/plugins/keys_it.gone");
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals(200, Http.get("/api/v1/admin/export?table=bot_mood").statusCode());

        JsonArray entries = Json.createReader(new StringReader(Http.get("/api/v1/admin/audit?limit=5").body()))
                .readObject().getJsonArray("entries");
        JsonObject export = entries.getJsonObject(0);
        assertEquals("data.export", export.getString("operation"));
        assertTrue(export.getString("target").contains("bot_mood"), export.toString());
        JsonObject removal = entries.getJsonObject(1);
        assertEquals("plugin.remove", removal.getString("operation"));
        assertTrue(removal.getString("target").contains("keys_it.gone"), removal.toString());
        assertTrue(removal.getString("details").contains("1"), removal.toString());
        assertEquals(0, removal.getJsonNumber("key_id").longValue());
    }

    @Test
    void aValidKeyIsAcceptedWhileItsUseCannotBeNotedAndTheUseIsNotedOnceItCanAtMostOnceAMinute()
            throws Exception {
        ApiKeys.Key bot = ApiKeys.create("busy-bot", "bot", null);
        refuseNotingTheUseOf(bot);

        HttpResponse<String> used = Http.send(Http.requestWithKey("/api/v1/admin/statistics", bot.secret()));
        assertEquals(200, used.statusCode(), used.body());
        assertEquals(null, lastUsed(bot), "the refused note wrote nothing");

        dropTheRefusal();
        Thread.sleep(KEY_CACHE_MILLIS);
        assertEquals(200, Http.send(Http.requestWithKey("/api/v1/admin/statistics", bot.secret())).statusCode());
        String noted = lastUsed(bot);
        assertTrue(noted != null, "the use is noted once the database takes it");

        Thread.sleep(KEY_CACHE_MILLIS);
        assertEquals(200, Http.send(Http.requestWithKey("/api/v1/admin/statistics", bot.secret())).statusCode());
        assertEquals(noted, lastUsed(bot), "a use within the minute is not written again");
    }

    /** Makes the database refuse every change of this key's last use, as a database too busy to write would. */
    private static void refuseNotingTheUseOf(ApiKeys.Key key) throws SQLException {
        switch (ItDatabase.backend()) {
            case "postgresql" -> execute("CREATE FUNCTION refuse_key_use() RETURNS trigger LANGUAGE plpgsql AS $$"
                            + " BEGIN RAISE EXCEPTION 'refused by the test'; END $$",
                    "CREATE TRIGGER refuse_key_use BEFORE UPDATE OF last_used_at ON botstore_api_keys FOR EACH ROW"
                            + " WHEN (NEW.id = " + key.id() + ") EXECUTE FUNCTION refuse_key_use()");
            case "mysql" -> execute("CREATE TRIGGER refuse_key_use BEFORE UPDATE ON botstore_api_keys FOR EACH ROW"
                    + " BEGIN IF NEW.id = " + key.id() + " THEN"
                    + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'refused by the test'; END IF; END");
            default -> execute("CREATE TRIGGER refuse_key_use BEFORE UPDATE OF last_used_at ON botstore_api_keys"
                    + " WHEN NEW.id = " + key.id() + " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }
    }

    private static String lastUsed(ApiKeys.Key key) {
        JsonObject listed = keys(Http.get("/api/v1/admin/keys").body()).stream().map(v -> v.asJsonObject())
                .filter(k -> k.getJsonNumber("id").longValue() == key.id()).findFirst().orElseThrow();
        return listed.containsKey("last_used_at") && !listed.isNull("last_used_at")
                ? listed.getString("last_used_at") : null;
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection c = ItDatabase.connect(ItDatabase.name()); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static JsonArray keys(String json) {
        return Json.createReader(new StringReader(json)).readArray();
    }
}
