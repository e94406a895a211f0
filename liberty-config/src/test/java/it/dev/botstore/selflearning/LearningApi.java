package it.dev.botstore.selflearning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.dev.botstore.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Calls of the learning API for its ITs, with the responses read as JSON. */
final class LearningApi {

    static final String BASE = "/api/v1/learning/";

    private LearningApi() {
    }

    static String group() {
        return "g-" + UUID.randomUUID();
    }

    static JsonValue json(HttpResponse<String> response) {
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readValue();
        }
    }

    static JsonObject object(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        return json(response).asJsonObject();
    }

    static JsonArray array(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return json(response).asJsonArray();
    }

    static JsonObject post(String path, String body) {
        return object(Http.postJson(BASE + path, body), 201);
    }

    static JsonObject put(String path, String body) {
        return object(Http.putJson(BASE + path, body), 200);
    }

    static JsonArray get(String pathAndQuery) {
        return array(Http.get(BASE + pathAndQuery));
    }

    /** Every row of a list, a page of {@code pageSize} at a time; checks each page but the last is full. */
    static List<JsonObject> allPages(String collection, String query, int pageSize) {
        List<JsonObject> rows = new ArrayList<>();
        for (int offset = 0; ; offset += pageSize) {
            JsonArray page = get(collection + "?" + query + "&limit=" + pageSize + "&offset=" + offset);
            page.forEach(row -> rows.add(row.asJsonObject()));
            if (page.size() < pageSize) {
                return rows;
            }
        }
    }

    static List<Integer> ids(List<JsonObject> rows) {
        return rows.stream().map(row -> row.getInt("id")).toList();
    }
}
