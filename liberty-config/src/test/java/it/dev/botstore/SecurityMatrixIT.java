package it.dev.botstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.ApiKeys;
import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The authorization matrix: every operation of {@code /openapi}, called with no key, a revoked key,
 * a plugin key of another plugin, a plugin key of the plugin in the path, a bot key, a metrics key
 * and an admin key, is answered 401, 403 or let through exactly as the security policy says. The
 * policy is restated here from its specification, so an operation the server's policy does not
 * name (refused to every key, admin included) fails this test.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityMatrixIT extends DeployedBotstore {

    private static final String OWN = "matrix.own";
    private static final String OTHER = "matrix.other";

    private record Operation(String method, String path) {
    }

    @Test
    @Order(1)
    void everyOperationAnswersEachKindOfKeyAsThePolicySays() {
        ApiKeys.Key revoked = ApiKeys.create("matrix-revoked", "bot", null);
        ApiKeys.revoke(revoked);
        Map<String, String> keys = Map.of(
                "bot", ApiKeys.create("matrix-bot", "bot", null).secret(),
                "own plugin", ApiKeys.create("matrix-own", "plugin", OWN).secret(),
                "other plugin", ApiKeys.create("matrix-other", "plugin", OTHER).secret(),
                "metrics", ApiKeys.create("matrix-metrics", "metrics", null).secret());

        List<Operation> operations = operations();
        assertTrue(operations.size() > 100, "the document lists " + operations.size() + " operations");
        TreeSet<String> wrong = new TreeSet<>();
        for (Operation op : operations) {
            String role = expectedRole(op);
            expect(wrong, op, "no key", null, 401);
            expect(wrong, op, "revoked key", revoked.secret(), 401);
            for (Map.Entry<String, String> key : keys.entrySet()) {
                boolean allowed = switch (key.getKey()) {
                    case "bot" -> role.equals("bot");
                    case "own plugin" -> role.equals("plugin");
                    default -> false; // another plugin's key, a metrics key: nothing under /api/v1
                };
                expect(wrong, op, key.getKey(), key.getValue(), allowed ? 0 : 403);
            }
        }
        // last, as it may delete what the other keys would have read
        for (Operation op : operations) {
            expect(wrong, op, "admin", Http.ADMIN_KEY, 0);
        }
        assertTrue(wrong.isEmpty(), () -> wrong.size() + " answers differ from the policy:\n" + String.join("\n", wrong));
        System.out.println("SecurityMatrixIT: " + operations.size() + " operations x 7 kinds of key as the policy says");
    }

    @Test
    @Order(2)
    void repeatedFailuresFromOneAddressAreSlowedWith429AndRetryAfterWhileAValidKeyStillWorks() {
        HttpResponse<String> last = null;
        for (int i = 0; i < 700 && (last == null || last.statusCode() != 429); i++) {
            last = Http.send(Http.requestWithKey("/api/v1/admin/keys", "bst_guess" + i));
        }
        assertEquals(429, last.statusCode(), last.body());
        assertTrue(last.headers().firstValue("Retry-After").isPresent());
        assertTrue(last.body().contains("\"status\":429"), last.body());
        assertEquals(200, Http.get("/api/v1/admin/keys").statusCode());
    }

    /**
     * The policy as specified: a plugin's own operations for plugin keys (removing a plugin is an
     * admin's), the admin area and the host's operations across plugins for admins (except reading
     * statistics and the schema report), and everything else, the self-learning API, for bots.
     */
    private static String expectedRole(Operation op) {
        String path = op.path();
        if (path.startsWith("/api/v1/plugins/{plugin}")) {
            return op.method().equals("DELETE") && path.equals("/api/v1/plugins/{plugin}") ? "admin" : "plugin";
        }
        if (path.startsWith("/api/v1/plugin-store/")) {
            return "admin";
        }
        if (path.startsWith("/api/v1/admin")) {
            return op.method().equals("GET") && (path.equals("/api/v1/admin/statistics")
                    || path.equals("/api/v1/admin/schema")) ? "bot" : "admin";
        }
        return "bot";
    }

    /** {@code status} 0: let through, that is neither 401 nor 403 (the call may still be a 4xx of its own). */
    private static void expect(TreeSet<String> wrong, Operation op, String kind, String key, int status) {
        HttpResponse<String> answer = Http.send(request(op, key));
        int got = answer.statusCode();
        boolean right = status == 0 ? got != 401 && got != 403 : got == status;
        if (!right) {
            wrong.add(op.method() + " " + op.path() + " with " + kind + ": " + got + " (expected "
                    + (status == 0 ? "neither 401 nor 403" : status) + ") " + answer.body());
        } else if (status != 0 && !answer.body().contains("\"status\":" + status)) {
            wrong.add(op.method() + " " + op.path() + " with " + kind + ": " + got + " without a problem body");
        }
    }

    private static HttpRequest.Builder request(Operation op, String key) {
        String path = op.path().replace("{plugin}", OWN).replaceAll("\\{id[^}]*}", "987654321")
                .replaceAll("\\{[^}]*}", "matrix-x");
        HttpRequest.Builder request = key == null ? Http.requestWithoutKey(path) : Http.requestWithKey(path, key);
        return switch (op.method()) {
            case "GET", "DELETE" -> request.method(op.method(), HttpRequest.BodyPublishers.noBody());
            default -> request.header("Content-Type", path.endsWith("/import") ? "application/x-ndjson"
                    : path.contains("/files/") ? "application/octet-stream" : "application/json")
                    .method(op.method(), HttpRequest.BodyPublishers.ofString(path.endsWith("/import") ? "" : "{}"));
        };
    }

    private static List<Operation> operations() {
        JsonObject paths = Json.createReader(new StringReader(Http.get("/openapi?format=JSON").body())).readObject()
                .getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> List.of("get", "put", "post", "delete", "patch").contains(m))
                .forEach(m -> operations.add(new Operation(m.toUpperCase(Locale.ROOT), path))));
        return operations;
    }
}
