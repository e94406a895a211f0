package it.dev.botstore.selflearning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Metrics and admin end to end: rows are seeded through the import (merge=true, since other test
 * classes leave rows behind), cleared through the clean-up, counted through the statistics.
 * The clean-up tests clear all data of the test database, which the other classes of this run do
 * not rely on once they have finished (Failsafe runs the classes one after the other).
 */
class SelfLearningDataIT extends DeployedBotstore {

    private static final String NDJSON = "application/x-ndjson";

    /** The original's test_clear_all_plugin_data_removes_learning_persistence, over REST. */
    @Test
    void clearingAllDataReportsTheSeededCountsAndLeavesEveryStatisticAtZero() {
        assertEquals(200, Http.delete("/api/v1/admin/data").statusCode());
        String g = "g-" + UUID.randomUUID();
        List<String> lines = new ArrayList<>();
        lines.add(line("memories", "id", 1, "group_id", g, "user_id", "u", "content", "记忆", "importance", 5,
                "created_at", 1, "last_accessed", 1, "access_count", 0));
        lines.add(line("memory_embeddings", "id", 1, "memory_id", 1, "embedding_model", "m", "embedding_data", "[0.1]",
                "created_at", 1));
        lines.add(line("memory_summaries", "id", 1, "group_id", g, "user_id", "u", "summary_type", "daily",
                "summary_content", "s", "created_at", 1, "updated_at", 1));
        lines.add(line("kg_entities", "id", 1, "name", "e", "last_active_time", 1.5, "group_id", g));
        lines.add(line("kg_relations", "id", 1, "subject", "s", "predicate", "p", "object", "o", "created_time", 1.5,
                "group_id", g));
        lines.add(line("kg_paragraph_hashes", "id", 1, "hash_value", "h", "group_id", g, "created_time", 1.5));
        lines.add(line("persona_update_reviews", "id", 1, "timestamp", 1.5, "group_id", g, "update_type", "t",
                "status", "pending"));
        lines.add(line("persona_backups", "id", 1, "group_id", g, "backup_name", "b", "timestamp", 1.5));
        lines.add(line("persona_evolution_snapshots", "id", 1, "group_id", g, "persona_id", "p", "snapshot_data", "{}",
                "version", 1, "snapshot_timestamp", 1.5));
        lines.add(line("persona_attribute_weights", "id", 1, "group_id", g, "persona_id", "p", "attribute_name", "a",
                "weight", 0.5, "updated_at", 1.5));
        lines.add(line("persona_diversity_scores", "id", 1, "group_id", g, "persona_id", "p", "diversity_dimension", "d",
                "score", 0.5, "calculated_at", 1.5));
        lines.add(line("expression_patterns", "id", 1, "group_id", g, "persona_id", "p", "situation", "s",
                "expression", "e", "weight", 1.0, "last_active_time", 1.5, "create_time", 1.5));
        lines.add(line("expression_generation_results", "id", 1, "group_id", g, "pattern_id", 1, "generated_text", "t",
                "generated_at", 1.5));
        lines.add(line("exemplar", "id", 1, "content", "c", "group_id", g, "created_at", 1, "updated_at", 1));
        lines.add(line("jargon", "id", 1, "content", "黑话", "chat_id", g, "created_at", 1, "updated_at", 1));
        lines.add(line("jargon_usage_frequency", "id", 1, "jargon_id", 1, "group_id", g, "last_used_at", 1.5));
        lines.add(line("learning_batches", "id", 1, "batch_name", "b", "group_id", g, "start_time", 1.5));
        lines.add(line("interaction_records", "id", 1, "group_id", g, "user_id", "u", "interaction_type", "chat",
                "timestamp", 1));
        lines.add(line("user_affections", "id", 1, "group_id", g, "user_id", "u", "affection_level", 10,
                "max_affection", 100, "created_at", 1, "updated_at", 1));
        lines.add(line("affection_interactions", "id", 1, "user_affection_id", 1, "interaction_type", "chat",
                "affection_delta", 1, "timestamp", 1));
        lines.add(line("conversation_goals", "id", 1, "session_id", "s-" + g, "user_id", "u", "group_id", g,
                "final_goal", "{}", "current_stage", "{}", "planned_stages", "[]", "metrics", "{}", "status", "active",
                "created_at", 1, "last_updated", 1));
        HttpResponse<String> imported = importLines(lines, true);
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(21, number(imported.body(), "\"inserted\":(\\d+)"), imported.body());

        String before = Http.get("/api/v1/admin/statistics").body();
        Map<String, Integer> seeded = Map.of("memory", 3, "knowledge_graph", 3, "persona_reviews", 5, "style_learning", 3,
                "jargon", 2, "learning_history", 2, "runtime_state", 3, "messages", 0);
        seeded.forEach((category, count) -> assertEquals(count, number(before, "^\\{.*?\"" + category + "\":(\\d+)"),
                category + " in " + before));

        HttpResponse<String> cleared = Http.delete("/api/v1/admin/data");
        assertEquals(200, cleared.statusCode(), cleared.body());
        assertTrue(cleared.body().contains("\"success\":true"), cleared.body());
        assertEquals(21, number(cleared.body(), "\"deleted\":(\\d+),\"details\""), cleared.body());
        seeded.forEach((category, count) -> assertEquals(count,
                number(cleared.body(), "\"" + category + "\":\\{[^{}]*?\"deleted\":(\\d+)"),
                category + " in " + cleared.body()));
        assertEquals(1, number(cleared.body(), "\"affection_interactions\":(\\d+)"), "child counted: " + cleared.body());
        assertEquals(1, number(cleared.body(), "\"jargon_usage_frequency\":(\\d+)"), cleared.body());

        String after = Http.get("/api/v1/admin/statistics").body();
        seeded.keySet().forEach(category -> assertEquals(0, number(after, "^\\{.*?\"" + category + "\":(\\d+)"),
                category + " in " + after));
    }

    /** The original deleted bot_messages before the quality metrics that reference them. */
    @Test
    void clearingTheMessagesCategoryClearsBotMessagesWithTheirQualityMetrics() {
        String g = "g-" + UUID.randomUUID();
        int id = 700_000 + (int) (Math.random() * 100_000);
        List<String> lines = List.of(
                line("bot_messages", "id", id, "group_id", g, "message", "hi", "timestamp", 1, "created_at", 1),
                line("conversation_quality_metrics", "id", id, "group_id", g, "message_id", id, "calculated_at", 1.5));
        assertEquals(200, importLines(lines, true).statusCode());

        HttpResponse<String> cleared = Http.delete("/api/v1/admin/data/messages");
        assertEquals(200, cleared.statusCode(), cleared.body());
        assertTrue(cleared.body().contains("\"success\":true"), cleared.body());
        assertTrue(number(cleared.body(), "\"bot_messages\":(\\d+)") >= 1, cleared.body());
        assertTrue(number(cleared.body(), "\"conversation_quality_metrics\":(\\d+)") >= 1, cleared.body());
        assertEquals(0, number(Http.get("/api/v1/admin/statistics").body(), "\"bot_messages\":(\\d+)"));
        assertEquals(404, Http.delete("/api/v1/admin/data/no_such_category").statusCode());
    }

    /** A category that cannot be cleared is rolled back and answered as a failure, never as a success. */
    @Test
    void aCategoryThatFailsIsReportedAsAFailure() throws Exception {
        String g = "g-" + UUID.randomUUID();
        int id = 800_000 + (int) (Math.random() * 100_000);
        String blocker = "admin_blocker_" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, importLines(List.of(line("raw_messages", "id", id, "sender_id", "u", "message", "m",
                "group_id", g, "timestamp", 1, "created_at", 1),
                line("bot_messages", "id", id, "group_id", g, "message", "hi", "timestamp", 1, "created_at", 1)), true)
                .statusCode());
        execute("CREATE TABLE " + blocker + " (id INTEGER PRIMARY KEY, bot_id INTEGER,"
                + " FOREIGN KEY (bot_id) REFERENCES bot_messages (id))", "INSERT INTO " + blocker + " VALUES (1, " + id + ")");
        try {
            HttpResponse<String> failed = Http.delete("/api/v1/admin/data/messages");
            assertEquals(409, failed.statusCode(), failed.body());
            assertTrue(failed.body().contains("\"success\":false"), failed.body());
            assertTrue(failed.body().contains("\"failed_table\":\"bot_messages\""), failed.body());
            assertEquals(0, number(failed.body(), "\"deleted\":(\\d+)"), failed.body());
            // raw_messages came before bot_messages in the category: the rollback kept it
            String exported = Http.get("/api/v1/admin/export?group_id=" + g + "&table=raw_messages").body();
            assertTrue(exported.contains("\"id\":" + id), exported);
        } finally {
            execute("DROP TABLE " + blocker);
        }
        assertEquals(200, Http.delete("/api/v1/admin/data/messages").statusCode());
    }

    /** Export one group, clear, import it back: the second export is the first. */
    @Test
    void anExportImportsBackThroughRest() {
        String g = "g-" + UUID.randomUUID();
        int id = 600_000 + (int) (Math.random() * 100_000);
        List<String> lines = List.of(
                line("raw_messages", "id", id, "sender_id", "u1", "message", "消息 \"一\"\n😀", "group_id", g,
                        "timestamp", 1700000000, "created_at", 1700000001, "processed", true),
                line("raw_messages", "id", id + 1, "sender_id", "u2", "message", "two", "group_id", g,
                        "timestamp", 1700000002, "created_at", 1700000003, "processed", false),
                line("filtered_messages", "id", id, "message", "kept", "sender_id", "u1", "group_id", g,
                        "confidence", 0.75, "timestamp", 1700000000, "created_at", 1700000001),
                line("learning_batches", "id", id, "batch_id", "b-" + g, "batch_name", "batch", "group_id", g,
                        "start_time", 1700000000.25, "success", true, "status", "done"));
        assertEquals(200, importLines(lines, true).statusCode());

        HttpResponse<String> first = Http.get("/api/v1/admin/export?group_id=" + g);
        assertEquals(200, first.statusCode(), first.body());
        assertTrue(first.headers().firstValue("Content-Type").orElseThrow().startsWith(NDJSON));
        assertEquals(4, first.body().lines().count(), first.body());
        assertTrue(first.body().contains("消息 \\\"一\\\"\\n😀"), first.body());

        HttpResponse<String> refused = importLines(first.body().lines().toList(), false);
        assertEquals(409, refused.statusCode(), refused.body());

        assertEquals(200, Http.delete("/api/v1/admin/collected-messages").statusCode());
        assertEquals("", Http.get("/api/v1/admin/export?group_id=" + g).body());

        HttpResponse<String> back = importLines(first.body().lines().toList(), true);
        assertEquals(200, back.statusCode(), back.body());
        assertEquals(4, number(back.body(), "\"inserted\":(\\d+)"), back.body());
        assertEquals(first.body(), Http.get("/api/v1/admin/export?group_id=" + g).body());

        String messagesOnly = Http.get("/api/v1/admin/export?group_id=" + g + "&table=raw_messages&table=filtered_messages").body();
        assertEquals(3, messagesOnly.lines().count(), messagesOnly);
        assertEquals(400, Http.get("/api/v1/admin/export?table=no_such_table").statusCode());
        HttpResponse<String> malformed = importLines(List.of("{\"table\":\"raw_messages\",\"row\":[1]}"), true);
        assertEquals(400, malformed.statusCode(), malformed.body());
    }

    /** Group statistics, detailed metrics and daily trends (with the time passed in, not waited for). */
    @Test
    void metricsCountOneGroupAndBucketMessagesPerDay() {
        String g = "g-" + UUID.randomUUID();
        int id = 500_000 + (int) (Math.random() * 100_000);
        long day = 1_000_000_000L - 1_000_000_000L % 86400; // 2001-09-09T00:00Z, far from other tests' data
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long ts = day - (i < 3 ? 0 : 86400) + 3600 + i;
            lines.add(line("raw_messages", "id", id + i, "sender_id", "u", "message", "m" + i, "group_id", g,
                    "timestamp", ts, "created_at", ts));
        }
        lines.add(line("filtered_messages", "id", id, "message", "m", "sender_id", "u", "group_id", g,
                "timestamp", day, "created_at", day));
        lines.add(line("bot_messages", "id", id, "group_id", g, "message", "hi", "timestamp", day, "created_at", day));
        assertEquals(200, importLines(lines, true).statusCode());

        String statistics = Http.get("/api/v1/metrics/statistics?group_id=" + g).body();
        assertEquals(5, number(statistics, "\"raw_messages\":(\\d+)"), statistics);
        assertEquals(1, number(statistics, "\"filtered_messages\":(\\d+)"), statistics);
        assertTrue(statistics.contains("\"group_id\":\"" + g + "\""), statistics);
        String detailed = Http.get("/api/v1/metrics/detailed?group_id=" + g).body();
        assertEquals(1, number(detailed, "\"bot\":(\\d+)"), detailed);
        assertEquals(5, number(detailed, "\"raw\":(\\d+)"), detailed);

        String trends = Http.get("/api/v1/metrics/trends?zone=UTC&at=" + (day + 7200)).body();
        assertTrue(trends.contains("\"daily_messages\":{\"2001-09-08\":2,\"2001-09-09\":3}"), trends);
        assertTrue(trends.contains("\"recent_batches\":["), trends);
        assertEquals(400, Http.get("/api/v1/metrics/trends?days=0").statusCode());
        assertEquals(400, Http.get("/api/v1/metrics/trends?zone=Mars/Base").statusCode());
    }

    private static HttpResponse<String> importLines(List<String> lines, boolean merge) {
        return Http.send(Http.request("/api/v1/admin/import" + (merge ? "?merge=true" : ""))
                .header("Content-Type", NDJSON)
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines) + "\n")));
    }

    /** One export record: {@code line("t", "col", value, ...)}. */
    private static String line(String table, Object... columns) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < columns.length; i += 2) {
            row.append(i == 0 ? "" : ",").append('"').append(columns[i]).append("\":");
            Object value = columns[i + 1];
            row.append(value instanceof String s ? quote(s) : String.valueOf(value));
        }
        return "{\"table\":\"" + table + "\",\"row\":{" + row + "}}";
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private static int number(String body, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(body);
        assertTrue(m.find(), () -> regex + " not in " + body);
        return Integer.parseInt(m.group(1));
    }

    private static void execute(String... sql) throws Exception {
        try (Connection c = ItDatabase.connect(ItDatabase.name()); Statement st = c.createStatement()) {
            for (String statement : sql) {
                st.execute(statement);
            }
        }
    }
}
