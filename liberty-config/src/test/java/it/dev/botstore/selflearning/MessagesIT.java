package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.MessageJson.assertProblem;
import static it.dev.botstore.selflearning.MessageJson.field;
import static it.dev.botstore.selflearning.MessageJson.ints;
import static it.dev.botstore.selflearning.MessageJson.number;
import static it.dev.botstore.selflearning.MessageJson.objects;
import static it.dev.botstore.selflearning.MessageJson.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Raw messages in, in batches, through processing, filtering and bot replies, with the statistics at each step. */
class MessagesIT extends DeployedBotstore {

    private static final String MESSAGES = "/api/v1/messages";
    private static final long T0 = 1_760_000_000L;

    @Test
    void aBatchOfAThousandMessagesIsStoredWithItsIdsInInputOrder() {
        String group = "g-" + UUID.randomUUID();
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            // timestamps out of order: the ids must follow the input, not the time
            batch.add(message(group, "u" + (i % 7), "m-" + i, T0 + (i * 7919L) % 1000));
        }
        HttpResponse<String> stored = Http.postJson(MESSAGES + "/batch", "{\"messages\":[" + String.join(",", batch) + "]}");
        assertEquals(201, stored.statusCode(), stored.body());
        List<Integer> ids = ints(stored.body(), "ids");
        assertEquals(1000, ids.size());

        Map<Integer, String> textOf = new HashMap<>();
        for (String row : objects(Http.get(MESSAGES + "?limit=1000&group_id=" + group).body())) {
            textOf.put((int) number(row, "id"), field(row, "message"));
        }
        assertEquals(1000, textOf.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals("m-" + i, textOf.get(ids.get(i)), "id of message " + i);
        }
        String one = Http.get(MESSAGES + "/" + ids.get(499)).body();
        assertEquals("m-499", field(one, "message"));
        assertEquals("false", field(one, "processed"));
        assertEquals(T0 + (499 * 7919L) % 1000, number(one, "timestamp"));
        assertEquals(1000, number(groupStatistics(group), "total_messages"));
    }

    @Test
    void concurrentBatchesEachGetTheirOwnIdsInOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> failures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                failures.add(pool.submit(() -> storeAndCheck("g-" + UUID.randomUUID(), 500)));
            }
            for (Future<String> failure : failures) {
                assertEquals(null, failure.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Stores a batch of one group and says what does not line up, null when everything does. */
    private static String storeAndCheck(String group, int size) {
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            batch.add(message(group, "u" + i, "m-" + i, T0 + size - i));
        }
        HttpResponse<String> stored = Http.postJson(MESSAGES + "/batch", "{\"messages\":[" + String.join(",", batch) + "]}");
        if (stored.statusCode() != 201) {
            return stored.statusCode() + " " + stored.body();
        }
        List<Integer> ids = ints(stored.body(), "ids");
        Map<Integer, String> textOf = new HashMap<>();
        for (String row : objects(Http.get(MESSAGES + "?limit=1000&group_id=" + group).body())) {
            textOf.put((int) number(row, "id"), field(row, "message"));
        }
        for (int i = 0; i < size; i++) {
            if (!("m-" + i).equals(textOf.get(ids.get(i)))) {
                return "message " + i + " of " + group + " got id " + ids.get(i) + ", which holds " + textOf.get(ids.get(i));
            }
        }
        return textOf.size() == size ? null : group + " holds " + textOf.size() + " messages, not " + size;
    }

    @Test
    void aBatchWithOneInvalidMessageIsRejectedWholeNamingIt() {
        String group = "g-" + UUID.randomUUID();
        List<String> batch = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            batch.add(i == 499 ? "{\"message\":\"no sender\",\"group_id\":\"" + group + "\"}"
                    : message(group, "u1", "m-" + i, T0 + i));
        }
        assertProblem(Http.postJson(MESSAGES + "/batch", "{\"messages\":[" + String.join(",", batch) + "]}"), 400,
                "messages[499].sender_id");

        batch.set(499, "{\"sender_id\":\"u1\",\"message\":\"bad time\",\"group_id\":\"" + group
                + "\",\"timestamp\":true}");
        assertProblem(Http.postJson(MESSAGES + "/batch", "{\"messages\":[" + String.join(",", batch) + "]}"), 400,
                "messages[499].timestamp");

        batch.set(499, message(group, "u1", "m-499", T0));
        batch.set(999, "{\"sender_id\":\"u1\",\"message\":\"a\\u0000b\",\"group_id\":\"" + group + "\"}");
        assertProblem(Http.postJson(MESSAGES + "/batch", "{\"messages\":[" + String.join(",", batch) + "]}"), 400,
                "messages[999].message");

        batch.set(999, message(group, "u1", "m-999", T0));
        batch.add(message(group, "u1", "one too many", T0));
        assertProblem(Http.postJson(MESSAGES + "/batch", "{\"messages\":[" + String.join(",", batch) + "]}"), 400,
                "messages");

        assertEquals(0, number(groupStatistics(group), "total_messages"), "nothing of a rejected batch is stored");
        assertEquals("[]", Http.get(MESSAGES + "?group_id=" + group).body());
    }

    @Test
    void theStatisticsFollowEveryStepOfThePipeline() {
        String group = "g-" + UUID.randomUUID();
        String global = Http.get(MESSAGES + "/statistics").body();

        // raw messages in: one saved alone (201 + Location), four in a batch; alice renames herself
        HttpResponse<String> first = Http.postJson(MESSAGES, message(group, "alice", "hello", T0, "Alice"));
        assertEquals(201, first.statusCode(), first.body());
        int firstId = (int) number(first.body(), "id");
        assertTrue(first.headers().firstValue("Location").orElseThrow().endsWith(MESSAGES + "/" + firstId));
        HttpResponse<String> batch = Http.postJson(MESSAGES + "/batch", "{\"messages\":["
                + message(group, "bob", "hi alice", T0 + 10, "Bob") + ","
                + message(group, "alice", "how are you", T0 + 20, "Alice W") + ","
                + message(group, "carol", "morning", T0 + 30, "") + ","
                + message(group, "alice", "anyone?", T0 + 40, "") + "]}");
        assertEquals(201, batch.statusCode(), batch.body());
        List<Integer> ids = ints(batch.body(), "ids");
        assertGroup(group, 5, 5, 0);
        assertGlobalDelta(global, 5, 0, 0);

        String users = Http.get(MESSAGES + "/statistics/users?group_id=" + group).body();
        assertTrue(users.contains("\"alice\":{\"message_count\":3,\"sender_name\":\"Alice W\"}"), users);
        assertTrue(users.contains("\"bob\":{\"message_count\":1,\"sender_name\":\"Bob\"}"), users);
        assertTrue(users.contains("\"carol\":{\"message_count\":1,\"sender_name\":\"carol\"}"), users);
        assertTrue(users.indexOf("\"alice\"") < users.indexOf("\"bob\""), "most messages first: " + users);

        String socialGroup = socialAnalysisGroup(group);
        assertEquals(5, number(socialGroup, "message_count"));
        assertEquals(3, number(socialGroup, "member_count"));
        assertEquals(0, number(socialGroup, "relation_count"));

        // unprocessed, oldest first; the learner marks two processed
        List<String> unprocessed = objects(Http.get(MESSAGES + "/unprocessed?group_id=" + group).body());
        assertEquals(List.of("hello", "hi alice", "how are you", "morning", "anyone?"),
                unprocessed.stream().map(m -> field(m, "message")).toList());
        HttpResponse<String> marked = Http.postJson(MESSAGES + "/processed",
                "{\"message_ids\":[" + firstId + "," + ids.get(0) + ",2147483000]}");
        assertEquals(200, marked.statusCode(), marked.body());
        assertEquals(2, number(marked.body(), "marked"));
        assertEquals(List.of(2147483000), ints(marked.body(), "missing_ids"));
        assertGroup(group, 5, 3, 0);
        assertEquals(List.of("how are you", "morning", "anyone?"),
                objects(Http.get(MESSAGES + "/unprocessed?group_id=" + group).body()).stream()
                        .map(m -> field(m, "message")).toList());

        // time range (inclusive, oldest first) and replay of processed messages as seen at T0 + 1 day
        List<String> range = objects(Http.get(MESSAGES + "/timerange?group_id=" + group + "&start_time=" + (T0 + 10)
                + "&end_time=" + (T0 + 30) * 1000).body());
        assertEquals(List.of("hi alice", "how are you", "morning"), range.stream().map(m -> field(m, "message")).toList());
        List<String> replay = objects(Http.get(MESSAGES + "/replay?group_id=" + group + "&days=2&at=" + (T0 + 86_400))
                .body());
        assertEquals(List.of("hi alice", "hello"), replay.stream().map(m -> field(m, "message")).toList());
        assertEquals(firstId, number(replay.get(1), "message_id"));
        assertEquals("[]", Http.get(MESSAGES + "/replay?group_id=" + group + "&days=1&at=" + (T0 + 10 * 86_400))
                .body());

        // filtered messages added
        HttpResponse<String> filtered = Http.postJson(MESSAGES + "/filtered", "{\"raw_message_id\":" + firstId
                + ",\"message\":\"hello\",\"sender_id\":\"alice\",\"group_id\":\"" + group + "\",\"timestamp\":"
                + T0 + ",\"confidence\":0.9,\"quality_scores\":{\"fluency\":0.8},\"filter_reason\":\"batch_learning\"}");
        assertEquals(201, filtered.statusCode(), filtered.body());
        assertTrue(filtered.body().contains("\"quality_scores\":{\"fluency\":0.8}"), filtered.body());
        assertEquals(201, Http.postJson(MESSAGES + "/filtered", "{\"message\":\"hi alice\",\"sender_id\":\"bob\","
                + "\"group_id\":\"" + group + "\",\"timestamp\":" + (T0 + 10.7) + ",\"confidence\":0.8}").statusCode());
        assertGroup(group, 5, 3, 2);
        assertGlobalDelta(global, 5, 2, 0);
        List<String> recentFiltered = objects(Http.get(MESSAGES + "/filtered?group_id=" + group).body()
                .replace("{\"fluency\":0.8}", "\"scores\""));
        assertEquals(List.of("hi alice", "hello"), recentFiltered.stream().map(m -> field(m, "message")).toList());
        assertEquals(T0 + 10, number(recentFiltered.get(0), "timestamp"), "a float timestamp is cut to seconds");

        // bot replies saved
        HttpResponse<String> reply = Http.postJson(MESSAGES + "/bot", "{\"group_id\":\"" + group
                + "\",\"message\":\"hello everyone\",\"timestamp\":" + (T0 + 50) + "}");
        assertEquals(201, reply.statusCode(), reply.body());
        assertEquals(201, Http.postJson(MESSAGES + "/bot", "{\"group_id\":\"" + group
                + "\",\"message\":\"" + "长".repeat(25_000) + "\",\"timestamp\":" + (T0 + 60) + "}").statusCode());
        String replies = Http.get(MESSAGES + "/bot?group_id=" + group).body();
        assertTrue(replies.startsWith("[\"" + "长".repeat(19_995) + "...[truncated]\",\"hello everyone\"]"),
                replies.substring(0, 40));
        assertGroup(group, 5, 3, 2);
        assertGlobalDelta(global, 5, 2, 2);

        assertProblem(Http.postJson(MESSAGES + "/bot", "{\"message\":\"to nobody\"}"), 400, "group_id");
        assertProblem(Http.get(MESSAGES + "?limit=ten"), 400, "limit");
        assertProblem(Http.get(MESSAGES + "?limit=1001"), 400, "limit");
        assertProblem(Http.get(MESSAGES + "/timerange?group_id=" + group + "&start_time=yesterday&end_time=1"), 400,
                "start_time");
        assertProblem(Http.get(MESSAGES + "/2147483000"), 404, null);
    }

    @Test
    void aManualMemoryIsKept() {
        String group = "g-" + UUID.randomUUID();
        HttpResponse<String> saved = Http.postJson(MESSAGES + "/memories", "{\"group_id\":\"" + group
                + "\",\"user_id\":\"alice\",\"content\":\"likes cats\"}");
        assertEquals(201, saved.statusCode(), saved.body());
        String location = saved.headers().firstValue("Location").orElseThrow();
        String memory = Http.get(location.substring(location.indexOf("/api/v1"))).body();
        assertEquals("likes cats", field(memory, "content"));
        assertEquals("manual_remember", field(memory, "memory_type"));
        assertEquals(9, number(memory, "importance"));
        assertEquals(0, number(memory, "access_count"));
        assertProblem(Http.postJson(MESSAGES + "/memories", "{\"group_id\":\"" + group + "\",\"content\":\"x\"}"), 400,
                "user_id");
    }

    static String message(String group, String sender, String text, long timestamp) {
        return message(group, sender, text, timestamp, "name of " + sender);
    }

    static String message(String group, String sender, String text, long timestamp, String name) {
        return "{\"sender_id\":" + quote(sender) + ",\"sender_name\":" + quote(name) + ",\"message\":" + quote(text)
                + ",\"group_id\":" + quote(group) + ",\"timestamp\":" + timestamp + ",\"platform\":\"qq\"}";
    }

    static String groupStatistics(String group) {
        HttpResponse<String> stats = Http.get(MESSAGES + "/statistics?group_id=" + group);
        assertEquals(200, stats.statusCode(), stats.body());
        return stats.body();
    }

    private static void assertGroup(String group, long total, long unprocessed, long filtered) {
        String stats = groupStatistics(group);
        assertEquals(total, number(stats, "total_messages"), stats);
        assertEquals(total, number(stats, "raw_messages"), stats);
        assertEquals(unprocessed, number(stats, "unprocessed_messages"), stats);
        assertEquals(filtered, number(stats, "filtered_messages"), stats);
        assertEquals(group, field(stats, "group_id"));
    }

    /** The IT classes of a backend run one after another, so global counts move only by what this test does. */
    private static void assertGlobalDelta(String before, long raw, long filtered, long bot) {
        String now = Http.get(MESSAGES + "/statistics").body();
        assertEquals(number(before, "raw_messages") + raw, number(now, "raw_messages"), now);
        assertEquals(number(before, "total_messages") + raw, number(now, "total_messages"), now);
        assertEquals(number(before, "filtered_messages") + filtered, number(now, "filtered_messages"), now);
        assertEquals(number(before, "bot_messages") + bot, number(now, "bot_messages"), now);
    }

    private static String socialAnalysisGroup(String group) {
        for (int offset = 0; ; offset += 1000) {
            List<String> page = objects(Http.get(MESSAGES + "/statistics/groups?limit=1000&offset=" + offset).body());
            for (String entry : page) {
                if (group.equals(field(entry, "group_id"))) {
                    return entry;
                }
            }
            assertTrue(page.size() == 1000, "group " + group + " not among the groups for social analysis");
        }
    }
}
