package it.dev.botstore.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** Keys for the tests, created through the API with the test server's admin key. */
public final class ApiKeys {

    /** A key as created: its id and its secret. */
    public record Key(long id, String secret) {
    }

    private ApiKeys() {
    }

    public static Key create(String name, String role, String plugin) {
        String body = "{\"name\": \"" + name + "\", \"role\": \"" + role + "\""
                + (plugin == null ? "" : ", \"plugin\": \"" + plugin + "\"") + "}";
        HttpResponse<String> created = Http.postJson("/api/v1/admin/keys", body);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject answer = Json.createReader(new StringReader(created.body())).readObject();
        return new Key(answer.getJsonObject("key").getJsonNumber("id").longValue(), answer.getString("secret"));
    }

    public static void revoke(Key key) {
        HttpResponse<String> revoked = Http.delete("/api/v1/admin/keys/" + key.id());
        assertEquals(200, revoked.statusCode(), revoked.body());
    }
}
