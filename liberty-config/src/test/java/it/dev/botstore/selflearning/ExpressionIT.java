package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.StyleItSupport.assertBadRequest;
import static it.dev.botstore.selflearning.StyleItSupport.encode;
import static it.dev.botstore.selflearning.StyleItSupport.follow;
import static it.dev.botstore.selflearning.StyleItSupport.number;
import static it.dev.botstore.selflearning.StyleItSupport.numbers;
import static it.dev.botstore.selflearning.StyleItSupport.race;
import static it.dev.botstore.selflearning.StyleItSupport.rows;
import static it.dev.botstore.selflearning.StyleItSupport.texts;
import static it.dev.botstore.selflearning.StyleItSupport.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/** Expression patterns, style profiles, language styles and style-learning records through REST. */
class ExpressionIT extends DeployedBotstore {

    private static final String API = "/api/v1/expression";
    /** The "now" of the time-window tests: 2027-01-15T08:00:00Z. */
    private static final long T = 1_800_000_000L;

    @Test
    void patternsOfAGroupComeHeaviestFirstInTheirScopeWithLimitAndOffset() {
        String group = unique("g");
        String other = unique("g");
        HttpResponse<String> created = addPattern(group, null, null, "light", 0.5, T);
        addPattern(group, null, null, "heavy", 2.0, T);
        addPattern(group, "default", null, "middle", 1.0, T);
        addPattern(group, null, "u1", "user-only", 9.0, T);
        addPattern(group, "p2", null, "other-persona", 5.0, T);
        addPattern(other, null, null, "other-group", 7.0, T);

        HttpResponse<String> stored = follow(created);
        assertEquals(200, stored.statusCode(), stored.body());
        assertEquals(List.of("light"), texts(stored.body(), "expression"));
        assertEquals(List.of(group), texts(stored.body(), "group_id"));
        assertEquals(List.of("default"), texts(stored.body(), "persona_id"));
        assertTrue(stored.body().contains("\"user_id\":null"), stored.body());
        assertEquals(T, number(stored.body(), "last_active_time"));

        String patterns = API + "/patterns?group_id=" + group;
        assertEquals(List.of("heavy", "middle", "light"), texts(Http.get(patterns).body(), "expression"));
        assertEquals(List.of(2.0, 1.0, 0.5), numbers(Http.get(patterns).body(), "weight"));
        assertEquals(List.of("heavy", "middle"), texts(Http.get(patterns + "&limit=2").body(), "expression"));
        assertEquals(List.of("middle"), texts(Http.get(patterns + "&limit=1&offset=1").body(), "expression"));
        assertEquals(List.of("heavy", "middle", "light"),
                texts(Http.get(patterns + "&persona_id=" + encode("[%None]")).body(), "expression"));
        assertEquals(List.of("user-only"), texts(Http.get(patterns + "&user_id=u1").body(), "expression"));
        assertEquals(List.of("other-persona"), texts(Http.get(patterns + "&persona_id=p2").body(), "expression"));
        assertEquals("[]", Http.get(patterns + "&user_id=nobody").body());
    }

    @Test
    void recentPatternsAreThoseActiveInTheWindowEndingAtTheGivenTime() {
        String group = unique("g");
        addPattern(group, null, null, "an-hour-ago", 1.0, T - 3600);
        addPattern(group, null, null, "within-the-week", 3.0, T - 167 * 3600);
        addPattern(group, null, null, "older-than-a-week", 5.0, T - 169 * 3600);
        addPattern(group, null, null, "after-at", 0.1, T + 60);
        addPattern(group, null, "u1", "user-scoped", 8.0, T - 60);

        String recent = API + "/patterns/recent?group_id=" + group + "&at=";
        assertEquals(List.of("within-the-week", "an-hour-ago", "after-at"),
                texts(Http.get(recent + T).body(), "expression"));
        assertEquals(List.of("within-the-week", "an-hour-ago", "after-at"),
                texts(Http.get(recent + (T * 1000)).body(), "expression"), "epoch milliseconds");
        assertEquals(List.of("within-the-week", "an-hour-ago", "after-at"),
                texts(Http.get(recent + Instant.ofEpochSecond(T)).body(), "expression"), "ISO-8601");
        assertEquals(List.of("an-hour-ago", "after-at"), texts(Http.get(recent + T + "&hours=2").body(), "expression"));
        assertEquals(List.of("within-the-week"), texts(Http.get(recent + T + "&limit=1").body(), "expression"));
        assertEquals(List.of("user-scoped"), texts(Http.get(recent + T + "&user_id=u1").body(), "expression"));

        // without group_id every group of the persona counts
        String persona = unique("persona");
        String otherGroup = unique("g");
        addPattern(group, persona, null, "mine", 1.0, T - 10);
        addPattern(otherGroup, persona, null, "theirs", 2.0, T - 10);
        addPattern(otherGroup, persona, null, "theirs-but-old", 4.0, T - 200 * 3600);
        assertEquals(List.of("theirs", "mine"),
                texts(Http.get(API + "/patterns/recent?persona_id=" + persona + "&at=" + T).body(), "expression"));
    }

    @Test
    void statisticsCountWhatWasAddedAndTheGroupingListsEveryPattern() throws Exception {
        String first = unique("g");
        String second = unique("g");
        HttpResponse<String> before = Http.get(API + "/statistics");
        assertEquals(200, before.statusCode(), before.body());
        addPattern(first, null, null, "s1", 1.0, T);
        addPattern(first, "p9", "u9", "s2", 1.0, T);
        addPattern(second, null, null, "s3", 1.0, T);
        String after = Http.get(API + "/statistics").body();
        assertEquals(number(before.body(), "total_patterns") + 3, number(after, "total_patterns"), after);
        assertEquals(number(before.body(), "groups_with_patterns") + 2, number(after, "groups_with_patterns"), after);

        // a row of an adopted database without a group is listed under "global"
        String adopted = unique("adopted");
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement st = c.prepareStatement("INSERT INTO expression_patterns (group_id, persona_id,"
                     + " situation, expression, weight, last_active_time, create_time) VALUES ('', 'default', 's', ?,"
                     + " 1.0, ?, ?)")) {
            st.setString(1, adopted);
            st.setDouble(2, T);
            st.setDouble(3, T);
            st.executeUpdate();
        }
        boolean global = false;
        List<String> seen = new ArrayList<>();
        for (int offset = 0; ; offset += 2) {
            HttpResponse<String> page = Http.get(API + "/patterns/grouped?limit=2&offset=" + offset);
            assertEquals(200, page.statusCode(), page.body());
            if (page.body().equals("{}")) {
                break;
            }
            assertTrue(texts(page.body(), "expression").size() <= 2, page.body());
            String body = page.body();
            global |= body.matches("(?s).*\"global\":\\[[^\\]]*\"expression\":\"" + adopted + "\".*");
            for (String group : List.of(first, second)) {
                int at = body.indexOf("\"" + group + "\":[");
                if (at >= 0) {
                    String list = body.substring(at, body.indexOf(']', at));
                    texts(list, "expression").forEach(e -> seen.add(group + "/" + e));
                }
            }
        }
        assertEquals(List.of(first + "/s1", first + "/s2", second + "/s3"), seen);
        assertTrue(global, "the pattern without a group is under \"global\"");
    }

    @Test
    void aStyleProfileSavedAgainKeepsTheMetricsTheSecondSaveDidNotSend() throws Exception {
        String name = unique("profile");
        String path = API + "/style-profiles/" + name;
        assertEquals(404, Http.get(path).statusCode());

        HttpResponse<String> created = Http.putJson(path, "{\"vocabulary_richness\": 0.3, \"formality_level\": 0.8}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(Http.BASE + path, created.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> updated = Http.putJson(path, "{\"formality_level\": 0.9, \"creativity_score\": 0.1}");
        assertEquals(200, updated.statusCode(), updated.body());
        String profile = Http.get(path).body();
        assertEquals(0.3, number(profile, "vocabulary_richness"), profile);
        assertEquals(0.9, number(profile, "formality_level"), profile);
        assertEquals(0.1, number(profile, "creativity_score"), profile);
        assertTrue(profile.contains("\"topic_diversity\":null"), profile);
        assertEquals(List.of(name), texts(profile, "profile_name"));

        assertEquals(200, Http.putJson(path, "{\"creativity_score\": null}").statusCode());
        String cleared = Http.get(path).body();
        assertTrue(cleared.contains("\"creativity_score\":null"), cleared);
        assertEquals(0.9, number(cleared, "formality_level"), cleared);
        assertEquals(1, rows("style_profiles", "profile_name = ?", name));
    }

    @Test
    void concurrentSavesOfOneNewStyleProfileLeaveOneRowWithEveryMetric() throws Exception {
        String name = unique("racing");
        String path = API + "/style-profiles/" + name;
        List<String> metrics = List.of("vocabulary_richness", "sentence_complexity", "emotional_expression",
                "interaction_tendency", "topic_diversity", "formality_level", "creativity_score");
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < metrics.size(); i++) {
            String body = "{\"" + metrics.get(i) + "\": " + (i + 1) / 10.0 + "}";
            saves.add(() -> Http.putJson(path, body).statusCode());
        }
        List<Integer> statuses = race(saves);
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(metrics.size() - 1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(1, rows("style_profiles", "profile_name = ?", name));
        String profile = Http.get(path).body();
        for (int i = 0; i < metrics.size(); i++) {
            assertEquals((i + 1) / 10.0, number(profile, metrics.get(i)), profile);
        }
    }

    @Test
    void aLanguageStyleCountsEachSaveAndKeepsWhatASaveDidNotSend() throws Exception {
        String style = unique("style");
        String path = API + "/language-styles/" + style;
        HttpResponse<String> created = Http.putJson(path,
                "{\"example_phrases\": [\"好的呢\", \"ok~\"], \"context_type\": \"casual\", \"confidence_score\": 0.7}");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals(1.0, number(created.body(), "usage_frequency"));

        HttpResponse<String> again = Http.putJson(path, "{\"confidence_score\": 0.75}");
        assertEquals(200, again.statusCode(), again.body());
        String stored = Http.get(path).body();
        assertEquals(2.0, number(stored, "usage_frequency"), stored);
        assertTrue(stored.contains("\"example_phrases\":[\"好的呢\",\"ok~\"]"), stored);
        assertEquals(List.of("casual"), texts(stored, "context_type"));
        assertEquals(0.75, number(stored, "confidence_score"));

        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            saves.add(() -> Http.putJson(path, "{}").statusCode());
        }
        assertEquals(List.of(200, 200, 200, 200, 200, 200), race(saves));
        assertEquals(8.0, number(Http.get(path).body(), "usage_frequency"));
        assertEquals(1, rows("language_style_patterns", "language_style = ?", style));

        String fresh = unique("style");
        String defaults = Http.putJson(API + "/language-styles/" + fresh, "{}").body();
        assertTrue(defaults.contains("\"example_phrases\":[]"), defaults);
        assertEquals(List.of("general"), texts(defaults, "context_type"));
        assertEquals(404, Http.get(API + "/language-styles/" + unique("none")).statusCode());
    }

    @Test
    void aStyleLearningRecordIsStoredWithTheOriginalsDefaults() {
        HttpResponse<String> created = Http.postJson(API + "/style-learning-records",
                "{\"style_type\": \"tone\", \"learned_patterns\": {\"greeting\": [\"hi\", \"yo\"]}, \"sample_count\": 12}");
        String stored = follow(created).body();
        assertEquals(List.of("tone"), texts(stored, "style_type"));
        assertTrue(stored.contains("\"learned_patterns\":{\"greeting\":[\"hi\",\"yo\"]}"), stored);
        assertEquals(12.0, number(stored, "sample_count"));
        assertEquals(0.0, number(stored, "confidence_score"));
        assertTrue(Math.abs(number(stored, "last_updated") - Instant.now().getEpochSecond()) < 600, stored);

        String bare = follow(Http.postJson(API + "/style-learning-records", "{}")).body();
        assertEquals(List.of("unknown"), texts(bare, "style_type"));
        assertTrue(bare.contains("\"learned_patterns\":[]"), bare);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String group = unique("g");
        assertBadRequest(Http.get(API + "/patterns"), "group_id");
        assertBadRequest(Http.get(API + "/patterns?group_id=" + group + "&limit=0"), "limit");
        assertBadRequest(Http.get(API + "/patterns?group_id=" + group + "&limit=1001"), "limit");
        assertBadRequest(Http.get(API + "/patterns?group_id=" + group + "&limit=ten"), "limit");
        assertBadRequest(Http.get(API + "/patterns?group_id=" + group + "&offset=-1"), "offset");
        assertBadRequest(Http.get(API + "/patterns/recent?hours=0"), "hours");
        assertBadRequest(Http.get(API + "/patterns/recent?at=yesterday"), "at");
        assertBadRequest(Http.get(API + "/patterns/grouped?limit=5000"), "limit");
        assertBadRequest(Http.postJson(API + "/patterns", "{\"group_id\": \"" + group + "\", \"expression\": \"x\"}"),
                "situation");
        assertBadRequest(Http.postJson(API + "/patterns", "{\"group_id\": \"" + "g".repeat(256)
                + "\", \"situation\": \"s\", \"expression\": \"x\"}"), "group_id");
        assertBadRequest(Http.postJson(API + "/patterns", "{\"group_id\": \"" + group
                + "\", \"situation\": \"s\", \"expression\": \"x\", \"weight\": \"heavy\"}"), "weight");
        assertBadRequest(Http.postJson(API + "/patterns", "{\"group_id\": \"" + group
                + "\", \"situation\": \"s\", \"expression\": \"x\", \"last_active_time\": \"soon\"}"), "last_active_time");
        assertBadRequest(Http.postJson(API + "/patterns", "[1, 2]"), "body");
        String profile = API + "/style-profiles/" + unique("profile");
        assertBadRequest(Http.putJson(profile, "{\"formality_level\": \"high\"}"), "formality_level");
        assertBadRequest(Http.putJson(profile, "{\"formality\": 0.5}"), "formality");
        assertEquals(404, Http.get(profile).statusCode(), "a refused save stores nothing");
        assertBadRequest(Http.putJson(API + "/language-styles/" + unique("s"), "{\"context_type\": \""
                + "c".repeat(101) + "\"}"), "context_type");
        assertBadRequest(Http.postJson(API + "/style-learning-records", "{\"sample_count\": 1.5}"), "sample_count");
        assertFalse(Http.get(API + "/patterns?group_id=" + group).body().contains("\"id\""));
    }

    private static HttpResponse<String> addPattern(String group, String persona, String user, String expression,
                                                   double weight, long lastActive) {
        StringBuilder body = new StringBuilder("{\"group_id\": \"" + group + "\", \"situation\": \"when " + expression
                + "\", \"expression\": \"" + expression + "\", \"weight\": " + weight
                + ", \"last_active_time\": " + lastActive + ", \"create_time\": " + (lastActive - 10));
        if (persona != null) {
            body.append(", \"persona_id\": \"").append(persona).append('"');
        }
        if (user != null) {
            body.append(", \"user_id\": \"").append(user).append('"');
        }
        HttpResponse<String> response = Http.postJson(API + "/patterns", body.append('}').toString());
        assertEquals(201, response.statusCode(), response.body());
        return response;
    }
}
