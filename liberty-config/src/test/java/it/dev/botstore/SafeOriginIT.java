package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ApiKeys;
import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.RawHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The attacks that worked before keys existed, replayed: each is refused and writes nothing. And
 * what a browser needs to be safe next to the API: no sniffing, sandboxed downloads, no answer to a
 * foreign Host name, no CORS unless configured.
 */
class SafeOriginIT extends DeployedBotstore {

    private static final String STORE = "/api/v1/plugins/origin_it.victim/store/";

    @Test
    void destructiveAndExportingCallsWithoutAKeyAreRefusedAndChangeNothing() {
        assertTrue(Http.putText(STORE + "kept", "still here").statusCode() / 100 == 2);
        for (HttpRequest.Builder attack : List.of(Http.requestWithoutKey("/api/v1/admin/data").DELETE(),
                Http.requestWithoutKey("/api/v1/admin/export"), Http.requestWithoutKey(STORE + "kept").DELETE(),
                Http.requestWithoutKey("/api/v1/plugins/origin_it.victim").DELETE())) {
            HttpResponse<String> answer = Http.send(attack);
            assertEquals(401, answer.statusCode(), answer.body());
            assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        }
        assertEquals("still here", Http.send(Http.request(STORE + "kept").header("Accept", "text/plain")).body());
    }

    @Test
    void aForeignHostNameIsRefusedOnEveryPathEvenWithAValidKey() {
        for (String path : List.of("/api/v1/admin/export", "/api/v1/admin/keys", STORE + "kept", "/health/ready",
                "/health/live", "/openapi")) {
            RawHttp.Answer answer = RawHttp.sendWithHost("GET", path, "rebound.attacker.example");
            assertEquals(404, answer.status(), path + ": " + answer.body());
            assertTrue(answer.headers().getOrDefault("content-type", "").startsWith("application/problem+json"),
                    path + ": " + answer.headers());
            assertTrue(answer.body().contains("does not answer to the host"), path + ": " + answer.body());
            assertFalse(answer.body().contains("\"status\":\"UP\""), path + ": " + answer.body());
            assertFalse(answer.body().contains("openapi"), path + ": " + answer.body());
        }
        assertEquals(200, RawHttp.sendWithHost("GET", "/health/ready", "127.0.0.1").status());
    }

    @Test
    void anImportAsPlainTextIsRefusedAndPlantsNothingInAnotherPluginsStore() {
        String planted = "{\"table\":\"plugin_data\",\"row\":{\"plugin_key\":\"origin_it.victim\",\"target_chat_key\":\"\","
                + "\"target_user_id\":\"\",\"data_key\":\"planted\",\"data_value\":\"evil\",\"version\":1,"
                + "\"create_time\":\"2026-01-01T00:00:00\",\"update_time\":\"2026-01-01T00:00:00\"}}\n";
        HttpResponse<String> answer = Http.send(Http.request("/api/v1/admin/import?merge=true")
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString(planted)));
        assertEquals(415, answer.statusCode(), answer.body());
        assertEquals(404, Http.get(STORE + "planted").statusCode());
        HttpResponse<String> form = Http.send(Http.request("/api/v1/plugins/origin_it.victim/store/_batch")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("operations=x")));
        assertEquals(415, form.statusCode(), form.body());
    }

    @Test
    void aPluginKeyCannotReadOrWriteAnotherPluginsKeysOrFiles() {
        String attacker = ApiKeys.create("origin-attacker", "plugin", "origin_it.attacker").secret();
        Http.putText(STORE + "kept", "still here");
        Http.send(Http.request("/api/v1/plugins/origin_it.victim/files/secret.txt")
                .header("Content-Type", "application/octet-stream").PUT(HttpRequest.BodyPublishers.ofString("s3cret")));
        for (HttpRequest.Builder attempt : List.of(Http.requestWithKey(STORE + "kept", attacker),
                Http.requestWithKey("/api/v1/plugins/origin_it.victim/store", attacker),
                Http.requestWithKey(STORE + "kept", attacker).header("Content-Type", "text/plain")
                        .PUT(HttpRequest.BodyPublishers.ofString("overwritten")),
                Http.requestWithKey("/api/v1/plugins/origin_it.victim/files/secret.txt", attacker),
                Http.requestWithKey("/api/v1/plugins/origin_it.victim/files/secret.txt", attacker).DELETE())) {
            HttpResponse<String> answer = Http.send(attempt);
            assertEquals(403, answer.statusCode(), answer.body());
            assertFalse(answer.body().contains("s3cret") || answer.body().contains("still here"), answer.body());
        }
        assertEquals("still here", Http.send(Http.request(STORE + "kept").header("Accept", "text/plain")).body());
        assertEquals("s3cret", Http.get("/api/v1/plugins/origin_it.victim/files/secret.txt").body());
    }

    @Test
    void uploadedHtmlAndSvgComeBackSandboxedAsDownloads() {
        for (String name : List.of("x.html", "x.svg")) {
            String path = "/api/v1/plugins/origin_it.victim/files/" + name;
            Http.send(Http.request(path).header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofString("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>")));
            HttpResponse<String> download = Http.get(path);
            assertEquals(200, download.statusCode());
            assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""), name);
            assertEquals("sandbox", download.headers().firstValue("Content-Security-Policy").orElse(""), name);
            assertTrue(download.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"), name);
        }
        HttpResponse<String> image = Http.get("/api/v1/plugins/origin_it.victim/files/secret.txt");
        assertEquals("sandbox", image.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void everyAnswerSaysNosniffAndNoOriginIsAllowedCrossSiteByDefault() {
        for (String path : List.of("/health/ready", "/openapi", "/api/v1/admin/keys", "/api/v1/no-such-thing")) {
            HttpResponse<String> answer = Http.send(Http.request(path).header("Origin", "https://evil.example"));
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            assertTrue(answer.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
        }
    }
}
