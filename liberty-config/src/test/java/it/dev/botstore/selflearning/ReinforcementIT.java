package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.StyleItSupport.assertBadRequest;
import static it.dev.botstore.selflearning.StyleItSupport.follow;
import static it.dev.botstore.selflearning.StyleItSupport.number;
import static it.dev.botstore.selflearning.StyleItSupport.numbers;
import static it.dev.botstore.selflearning.StyleItSupport.texts;
import static it.dev.botstore.selflearning.StyleItSupport.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Performance history and reinforcement, fusion and strategy results through REST: newest first, with limits. */
class ReinforcementIT extends DeployedBotstore {

    private static final String API = "/api/v1/reinforcement";
    private static final long T = 1_800_000_000L;

    @Test
    void reinforcementResultsAreListedNewestFirstWithTheirJsonParsed() {
        String group = unique("g");
        HttpResponse<String> created = Http.postJson(API + "/learning-results", "{\"group_id\": \"" + group
                + "\", \"timestamp\": " + T + ", \"replay_analysis\": {\"score\": 0.5, \"notes\": [\"a\"]},"
                + " \"next_action\": \"explore\"}");
        String stored = follow(created).body();
        assertTrue(stored.contains("\"replay_analysis\":{\"score\":0.5,\"notes\":[\"a\"]}"), stored);
        assertEquals(List.of("explore"), texts(stored, "next_action"));
        assertEquals(T, number(stored, "timestamp"));

        post("/learning-results", group, T + 10, "\"next_action\": \"newest\"");
        post("/learning-results", group, T - 10, "\"next_action\": \"oldest\"");
        post("/learning-results", unique("g"), T + 20, "\"next_action\": \"other group\"");
        String list = API + "/learning-results?group_id=" + group;
        assertEquals(List.of("newest", "explore", "oldest"), texts(Http.get(list).body(), "next_action"));
        assertEquals(List.of("newest", "explore"), texts(Http.get(list + "&limit=2").body(), "next_action"));
        assertEquals(List.of("oldest"), texts(Http.get(list + "&limit=2&offset=2").body(), "next_action"));
    }

    @Test
    void personaFusionsComeNewestFirstTenByDefaultWithExactHashes() {
        String group = unique("g");
        for (int i = 0; i < 12; i++) {
            post("/persona-fusions", group, T + i, "\"fusion_result\": \"fusion " + i + "\", \"compatibility_score\": 0."
                    + i + ", \"base_persona_hash\": " + (9_007_199_254_740_993L + i) + ", \"incremental_hash\": -" + i);
        }
        String list = API + "/persona-fusions?group_id=" + group;
        List<String> results = texts(Http.get(list).body(), "fusion_result");
        assertEquals(10, results.size(), results.toString());
        assertEquals("fusion 11", results.get(0));
        assertEquals("fusion 2", results.get(9));
        assertEquals(List.of("fusion 1", "fusion 0"), texts(Http.get(list + "&limit=5&offset=10").body(),
                "fusion_result"));
        String newest = Http.get(list + "&limit=1").body();
        assertTrue(newest.contains("\"base_persona_hash\":9007199254741004"), newest);
        assertTrue(newest.contains("\"incremental_hash\":-11"), newest);
        assertTrue(newest.contains("\"created_at\":\""), newest);

        // times in milliseconds and ISO-8601 are stored as epoch seconds
        post("/persona-fusions", group, (T + 100) * 1000, "\"fusion_result\": \"ms\"");
        String iso = "\"" + Instant.ofEpochSecond(T + 200) + "\"";
        HttpResponse<String> created = Http.postJson(API + "/persona-fusions", "{\"group_id\": \"" + group
                + "\", \"timestamp\": " + iso + ", \"fusion_result\": {\"traits\": [\"kind\"]}}");
        assertEquals(201, created.statusCode(), created.body());
        String top = Http.get(list + "&limit=2").body();
        assertEquals(List.of((double) T + 200, (double) T + 100), numbers(top, "timestamp"));
        assertTrue(top.contains("\"fusion_result\":{\"traits\":[\"kind\"]}"), top);
    }

    @Test
    void strategyOptimizationsComeNewestFirst() {
        String group = unique("g");
        String stored = follow(post("/strategy-optimizations", group, T, "\"strategy_type\": \"middle\","
                + " \"performance_metrics\": {\"gain\": 2}")).body();
        assertTrue(stored.contains("\"performance_metrics\":{\"gain\":2}"), stored);
        post("/strategy-optimizations", group, T + 5, "\"strategy_type\": \"newest\"");
        post("/strategy-optimizations", group, T - 5, "\"strategy_type\": \"oldest\"");
        String list = API + "/strategy-optimizations?group_id=" + group;
        assertEquals(List.of("newest", "middle", "oldest"), texts(Http.get(list).body(), "strategy_type"));
        assertEquals(List.of("newest"), texts(Http.get(list + "&limit=1").body(), "strategy_type"));
    }

    @Test
    void performanceHistoryIsReadNewestFirstWithTheOriginalsDefaults() throws Exception {
        String group = unique("g");
        insertPerformance(group, "s-old", T - 100, 0.4, 12.5, true, "[\"greeting\"]", "plain failure");
        insertPerformance(group, "s-new", T, null, null, null, null, null);
        insertPerformance(group, "s-mid", T - 50, 0.9, 3.0, false, null, null);
        insertPerformance(unique("g"), "s-elsewhere", T + 1, 0.1, 1.0, true, null, null);

        String list = API + "/performance-history?group_id=" + group;
        String body = Http.get(list).body();
        assertEquals(List.of("s-new", "s-mid", "s-old"), texts(body, "session_id"), body);
        assertEquals(List.of(0.0, 0.9, 0.4), numbers(body, "quality_score"));
        assertEquals(List.of(0.0, 3.0, 12.5), numbers(body, "learning_time"));
        assertTrue(body.contains("\"success\":false"), body);
        assertTrue(body.contains("\"successful_pattern\":[\"greeting\"]"), body);
        assertTrue(body.contains("\"failed_pattern\":\"plain failure\""), body);
        assertTrue(body.contains("\"successful_pattern\":\"\""), body);
        assertEquals(List.of((double) T, (double) T - 50, (double) T - 100), numbers(body, "timestamp"));
        assertEquals(List.of("s-new", "s-mid"), texts(Http.get(list + "&limit=2").body(), "session_id"));
    }

    @Test
    void badInputIsA400NamingTheField() {
        String group = unique("g");
        assertBadRequest(Http.get(API + "/persona-fusions"), "group_id");
        assertBadRequest(Http.get(API + "/performance-history?group_id=" + group + "&limit=1001"), "limit");
        assertBadRequest(Http.get(API + "/learning-results?group_id=" + group + "&offset=minus"), "offset");
        assertBadRequest(Http.postJson(API + "/learning-results", "{\"next_action\": \"x\"}"), "group_id");
        assertBadRequest(Http.postJson(API + "/learning-results", "{\"group_id\": \"" + group
                + "\", \"timestamp\": \"yesterday\"}"), "timestamp");
        assertBadRequest(Http.postJson(API + "/persona-fusions", "{\"group_id\": \"" + group
                + "\", \"base_persona_hash\": 1.5}"), "base_persona_hash");
        assertBadRequest(Http.postJson(API + "/persona-fusions", "{\"group_id\": \"" + group
                + "\", \"compatibility_score\": \"high\"}"), "compatibility_score");
        assertBadRequest(Http.postJson(API + "/strategy-optimizations", "{\"group_id\": \"" + group
                + "\", \"strategy_type\": \"" + "s".repeat(101) + "\"}"), "strategy_type");
        assertBadRequest(Http.postJson(API + "/strategy-optimizations", "{\"group_id\": 42}"), "group_id");
        assertEquals("[]", Http.get(API + "/persona-fusions?group_id=" + group).body(), "nothing was stored");
        assertEquals(404, Http.get(API + "/persona-fusions/2147483647").statusCode());
    }

    private static HttpResponse<String> post(String resource, String group, long timestamp, String fields) {
        HttpResponse<String> response = Http.postJson(API + resource, "{\"group_id\": \"" + group
                + "\", \"timestamp\": " + timestamp + ", " + fields + "}");
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }

    /** The learning API writes this history; here rows are put in as an adopted database holds them. */
    private static void insertPerformance(String group, String session, long timestamp, Double quality, Double time,
                                          Boolean success, String successful, String failed) throws Exception {
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement st = c.prepareStatement("INSERT INTO learning_performance_history (group_id,"
                     + " session_id, timestamp, quality_score, learning_time, success, successful_pattern,"
                     + " failed_pattern, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, group);
            st.setString(2, session);
            st.setLong(3, timestamp);
            st.setObject(4, quality, Types.DOUBLE);
            st.setObject(5, time, Types.DOUBLE);
            st.setObject(6, success, Types.BOOLEAN);
            st.setString(7, successful);
            st.setString(8, failed);
            st.setLong(9, timestamp);
            st.executeUpdate();
        }
    }
}
