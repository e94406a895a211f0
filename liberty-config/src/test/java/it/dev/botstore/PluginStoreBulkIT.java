package it.dev.botstore;

import static it.dev.botstore.PluginStoreIT.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.Deployments;
import it.dev.botstore.support.FileAreaDisk;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Listing, batches and chat resets of the key-value store, and removing a whole plugin, through REST. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PluginStoreBulkIT {

    private static final String STORE = "/api/v1/plugins/alice.bulk/store";
    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]*)\"");
    private static final Pattern CURSOR = Pattern.compile("\"next_cursor\":\"([^\"]*)\"");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.botstoreEar();
    }

    @BeforeAll
    static void ready() throws Exception {
        ItDatabase.require();
        Http.awaitStatus("/health/ready", 200, Duration.ofSeconds(60));
    }

    @Test
    void listing2500KeysInPagesOf1000ReturnsEachOnceInKeyOrderWhileOthersAreWritten() throws Exception {
        String scope = "?chat_key=listing";
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            keys.add(String.format("item:%05d", i * 2));
        }
        for (int from = 0; from < keys.size(); from += 100) {
            StringBuilder ops = new StringBuilder();
            for (String key : keys.subList(from, from + 100)) {
                ops.append(ops.length() == 0 ? "" : ",").append("{\"op\":\"set\",\"key\":\"").append(key)
                        .append("\",\"value\":\"v\"}");
            }
            assertEquals(200, batch(scope, "{\"operations\":[" + ops + "]}").statusCode());
        }

        AtomicBoolean listing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> { // new keys between the listed ones, and rewrites of listed ones
            for (int i = 0; listing.get() && i < 5000; i++) {
                Http.putText(STORE + String.format("/item:%05d", i * 2 + 1) + scope, "new");
                Http.putText(STORE + String.format("/item:%05d", i * 2) + scope, "rewritten");
            }
        });
        writer.start();
        List<String> seen = new ArrayList<>();
        int pages = 0;
        String cursor = null;
        try {
            do {
                HttpResponse<String> page = Http.get(STORE + scope + "&prefix=item:&limit=1000"
                        + (cursor == null ? "" : "&cursor=" + cursor));
                assertEquals(200, page.statusCode(), page.body());
                Matcher key = KEY.matcher(page.body());
                while (key.find()) {
                    seen.add(key.group(1));
                }
                Matcher next = CURSOR.matcher(page.body());
                cursor = next.find() ? next.group(1) : null;
                pages++;
            } while (cursor != null);
        } finally {
            listing.set(false);
            writer.join();
        }

        assertEquals(seen.size(), new HashSet<>(seen).size(), "no key twice");
        assertEquals(seen.stream().sorted().toList(), seen, "key order");
        assertTrue(new HashSet<>(seen).containsAll(keys), "every key that existed throughout");
        assertTrue(pages >= 3, "pages: " + pages);
        assertProblem(Http.get(STORE + scope + "&limit=1001"), 400);
        assertProblem(Http.get(STORE + scope + "&limit=ten"), 400);
        assertProblem(Http.get(STORE + scope + "&cursor=!!!"), 400);
    }

    @Test
    void aBatchWhose50thOperationIsInvalidWritesNothing() {
        StringBuilder ops = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            String key = i == 49 ? "k".repeat(129) : "batch-" + i;
            ops.append(i == 0 ? "" : ",").append("{\"op\":\"set\",\"key\":\"").append(key).append("\",\"value\":\"v\"}");
        }
        HttpResponse<String> refused = batch("", "{\"operations\":[" + ops + "]}");
        assertProblem(refused, 400);
        assertTrue(refused.body().contains("operations[49]"), refused.body());
        assertProblem(Http.get(STORE + "/batch-0"), 404);
        assertProblem(Http.get(STORE + "/batch-99"), 404);

        assertEquals(201, Http.putText(STORE + "/guarded", "v1").statusCode());
        HttpResponse<String> stale = batch("", "{\"operations\":[{\"op\":\"set\",\"key\":\"batch-a\",\"value\":\"a\"},"
                + "{\"op\":\"set\",\"key\":\"guarded\",\"value\":\"v2\",\"if_match\":\"7\"}]}");
        assertProblem(stale, 412);
        assertTrue(stale.body().contains("operations[1]"), stale.body());
        assertProblem(Http.get(STORE + "/batch-a"), 404);

        HttpResponse<String> done = batch("", "{\"operations\":[{\"op\":\"set\",\"key\":\"batch-a\",\"value\":\"a\","
                + "\"ttl_seconds\":60},{\"op\":\"get\",\"key\":\"guarded\"},{\"op\":\"delete\",\"key\":\"guarded\","
                + "\"if_match\":1},{\"op\":\"get\",\"key\":\"guarded\"}]}");
        assertEquals(200, done.statusCode(), done.body());
        assertEquals("{\"results\":[{\"status\":201,\"version\":1},{\"status\":200,\"value\":\"v1\",\"version\":1},"
                + "{\"status\":204},{\"status\":404}]}", done.body());
        assertProblem(batch("", "{\"operations\":[" + "{\"op\":\"get\",\"key\":\"k\"},".repeat(100)
                + "{\"op\":\"get\",\"key\":\"k\"}]}"), 400);
        assertProblem(batch("", "{\"operations\":[{\"op\":\"rename\",\"key\":\"k\"}]}"), 400);
    }

    @Test
    void deletingAChatRemovesEveryEntryOfItAndNothingElse() {
        List<String> scopes = List.of("?chat_key=reset", "?chat_key=reset&user_key=u1", "?user_key=u1",
                "?chat_key=keep", "");
        for (String scope : scopes) {
            assertEquals(201, Http.putText(STORE + "/pref" + scope, "v").statusCode());
        }
        HttpResponse<String> reset = Http.delete(STORE + "?chat_key=reset");
        assertEquals(200, reset.statusCode(), reset.body());
        assertEquals("{\"deleted\":2}", reset.body());
        Set<Integer> remaining = new HashSet<>();
        for (String scope : scopes) {
            remaining.add(Http.get(STORE + "/pref" + scope).statusCode());
        }
        assertEquals(Set.of(404, 200), remaining);
        assertEquals(200, Http.get(STORE + "/pref?user_key=u1").statusCode());
        assertEquals("{\"deleted\":1}", Http.delete(STORE + "?user_key=u1").body());
        assertProblem(Http.delete(STORE), 400);
    }

    @Test
    void deletingAPluginRemovesItsEntriesInEveryScopeAndItsDirectoryAndNothingElse() throws Exception {
        // the file areas outlive one backend's run of this class: names of this run only
        String gone = "carol.gone_" + ItDatabase.backend();
        String stays = "dave.stays_" + ItDatabase.backend();
        for (String plugin : List.of(gone, stays)) {
            String store = "/api/v1/plugins/" + plugin + "/store/pref";
            for (String scope : List.of("", "?chat_key=g", "?user_key=u", "?chat_key=g&user_key=u")) {
                assertEquals(201, Http.putText(store + scope, "v").statusCode());
            }
            assertEquals(201, Http.send(Http.request("/api/v1/plugins/" + plugin + "/files/a/b.txt")
                    .PUT(HttpRequest.BodyPublishers.ofString("12345"))).statusCode());
        }
        assertEquals("{\"bytes\":5,\"entries\":4,\"files\":1,\"plugin\":\"" + gone + "\"}",
                Http.get("/api/v1/plugins/" + gone).body());

        HttpResponse<String> removed = Http.delete("/api/v1/plugins/" + gone);
        assertEquals(200, removed.statusCode(), removed.body());
        assertEquals("{\"deleted_entries\":4,\"deleted_files\":1,\"freed_bytes\":5,\"plugin\":\"" + gone + "\"}",
                removed.body());
        assertEquals(0, rows(gone));
        assertFalse(Files.exists(FileAreaDisk.pluginDir(gone)), "its directory is gone");
        assertEquals("{\"bytes\":0,\"entries\":0,\"files\":0,\"plugin\":\"" + gone + "\"}",
                Http.get("/api/v1/plugins/" + gone).body());

        assertEquals(4, rows(stays));
        assertEquals("12345", Http.get("/api/v1/plugins/" + stays + "/files/a/b.txt").body());
        assertProblem(Http.delete("/api/v1/plugins/not-a-plugin"), 400);
        assertEquals(200, Http.delete("/api/v1/plugins/" + stays).statusCode());
    }

    private static long rows(String plugin) throws Exception {
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM plugin_data WHERE plugin_key = ?")) {
            st.setString(1, plugin);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static HttpResponse<String> batch(String scope, String body) {
        return Http.send(Http.request(STORE + "/_batch" + scope).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
