package it.dev.botstore.selflearning;

import static it.dev.botstore.selflearning.MessageJson.assertProblem;
import static it.dev.botstore.selflearning.MessageJson.field;
import static it.dev.botstore.selflearning.MessageJson.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.botstore.support.DeployedBotstore;
import it.dev.botstore.support.Http;
import it.dev.botstore.support.ItDatabase;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Persona backups: created, listed, read, restored and deleted, each within the group the caller names. */
class PersonaBackupsIT extends DeployedBotstore {

    private static final String BACKUPS = "/api/v1/persona/backups";

    @Test
    void aBackupRestoredByIdGivesBackThatBackupsContent() {
        String group = "g-" + UUID.randomUUID();
        int first = create(group, "first", "You are a cat.");
        int second = create(group, "second", "You are a dog.");

        HttpResponse<String> restored = Http.postJson(BACKUPS + "/" + first + "/restore?group_id=" + group, "");
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals("first", field(restored.body(), "backup_name"));
        assertTrue(restored.body().contains("\"prompt\":\"You are a cat.\""), restored.body());
        assertTrue(restored.body().contains("\"imitation_dialogues\":[\"A: hi\",\"B: meow\"]"), restored.body());
        assertTrue(restored.body().contains("\"persona_config\":{\"mood\":\"first\"}"), restored.body());
        assertEquals("content of first", field(restored.body(), "persona_content"));
        assertEquals(first, number(restored.body(), "id"));

        String other = Http.get(BACKUPS + "/" + second + "?group_id=" + group).body();
        assertTrue(other.contains("\"prompt\":\"You are a dog.\""), other);

        // the listing: newest first, content only when asked for
        String list = Http.get(BACKUPS + "?group_id=" + group).body();
        assertTrue(list.indexOf("\"second\"") < list.indexOf("\"first\""), list);
        assertFalse(list.contains("persona_config"), list);
        String withContent = Http.get(BACKUPS + "?group_id=" + group + "&with_content=true").body();
        assertTrue(withContent.contains("\"prompt\":\"You are a cat.\""), withContent);
        assertTrue(Http.get(BACKUPS + "?group_id=" + group + "&include_content=true&limit=1").body()
                .contains("You are a dog."));
    }

    @Test
    void aBackupOfOneGroupCannotBeReadRestoredOrDeletedThroughAnother() {
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        int backup = create(a, "of a", "secret of A");

        assertProblem(Http.get(BACKUPS + "/" + backup + "?group_id=" + b), 404, null);
        assertProblem(Http.postJson(BACKUPS + "/" + backup + "/restore?group_id=" + b, ""), 404, null);
        assertProblem(Http.delete(BACKUPS + "/" + backup + "?group_id=" + b), 404, null);
        assertEquals("[]", Http.get(BACKUPS + "?group_id=" + b).body());

        // still there for its own group, and without a group
        assertEquals(200, Http.get(BACKUPS + "/" + backup + "?group_id=" + a).statusCode());
        assertEquals(200, Http.get(BACKUPS + "/" + backup).statusCode());
        assertEquals(204, Http.delete(BACKUPS + "/" + backup + "?group_id=" + a).statusCode());
        assertProblem(Http.get(BACKUPS + "/" + backup + "?group_id=" + a), 404, null);
        assertProblem(Http.delete(BACKUPS + "/" + backup), 404, null);
    }

    @Test
    void defaultsAndInvalidInput() {
        String group = "g-" + UUID.randomUUID();
        HttpResponse<String> bare = Http.postJson(BACKUPS + "?group_id=" + group, "{}");
        assertEquals(201, bare.statusCode(), bare.body());
        assertEquals(group, field(bare.body(), "group_id"));
        assertTrue(field(bare.body(), "backup_name").startsWith("backup_"), bare.body());
        assertTrue(bare.body().contains("\"persona_config\":{}"), bare.body());
        assertTrue(bare.body().contains("\"original_persona\":{}"), bare.body());
        assertTrue(bare.body().contains("\"imitation_dialogues\":[]"), bare.body());
        assertEquals(number(bare.body(), "id") + "", bare.headers().firstValue("Location").orElseThrow()
                .replaceAll(".*/", ""));

        assertProblem(Http.postJson(BACKUPS, "{\"persona_config\":[1]}"), 400, "persona_config");
        assertProblem(Http.postJson(BACKUPS, "{\"imitation_dialogues\":\"x\"}"), 400, "imitation_dialogues");
        assertProblem(Http.postJson(BACKUPS + "?group_id=x", "{\"group_id\":\"y\"}"), 400, "group_id");
        assertProblem(Http.get(BACKUPS + "/abc"), 400, "backup_id");
        assertProblem(Http.get(BACKUPS + "?limit=0"), 400, "limit");
        assertEquals(200, Http.get("/api/v1/persona/updates?group_id=" + group).statusCode());
    }

    @Test
    void theUpdateHistoryIsNewestFirstWithinItsGroup() throws Exception {
        String group = "g-" + UUID.randomUUID();
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement insert = c.prepareStatement("INSERT INTO persona_update_reviews"
                     + " (timestamp, group_id, update_type, status, confidence_score) VALUES (?, ?, ?, ?, ?)")) {
            Object[][] rows = {{1_760_000_100.5, group, "style_learning", "approved", 0.9},
                    {1_760_000_300.25, group, "progressive_persona_learning", "pending", 0.5},
                    {1_760_000_200.0, group, "traditional", "rejected", null},
                    {1_760_000_400.0, "other-" + group, "traditional", "pending", 0.1}};
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.executeUpdate();
            }
        }
        String history = Http.get("/api/v1/persona/updates?group_id=" + group).body();
        List<String> entries = MessageJson.objects(history);
        assertEquals(List.of("progressive_persona_learning", "traditional", "style_learning"),
                entries.stream().map(e -> field(e, "update_type")).toList());
        assertEquals(1_760_000_300.25, Double.parseDouble(field(entries.get(0), "timestamp")), 1e-6, history);
        assertEquals("pending", field(entries.get(0), "status"));
        assertEquals(group, field(entries.get(0), "group_id"));
        assertEquals(null, field(entries.get(1), "confidence_score"));
        assertEquals(1, MessageJson.objects(Http.get("/api/v1/persona/updates?group_id=" + group + "&limit=1")
                .body()).size());
    }

    @Test
    void anAdoptedBackupWithBrokenContentStillReads() throws Exception {
        String group = "g-" + UUID.randomUUID();
        try (Connection c = ItDatabase.connect(ItDatabase.name());
             PreparedStatement insert = c.prepareStatement("INSERT INTO persona_backups (group_id, backup_name,"
                     + " timestamp, persona_config, original_persona, imitation_dialogues) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, group);
            insert.setString(2, "adopted");
            insert.setDouble(3, 1_700_000_000.5);
            insert.setString(4, "null");
            insert.setString(5, "not json");
            insert.setString(6, "");
            insert.executeUpdate();
        }
        String list = Http.get(BACKUPS + "?group_id=" + group + "&include_content=true").body();
        assertTrue(list.contains("\"persona_config\":{}"), list);
        assertTrue(list.contains("\"original_persona\":\"not json\""), list);
        assertTrue(list.contains("\"imitation_dialogues\":[]"), list);
        assertTrue(list.contains("\"persona_content\":\"\""), list);
    }

    private static int create(String group, String name, String prompt) {
        HttpResponse<String> created = Http.postJson(BACKUPS, "{\"group_id\":\"" + group + "\",\"backup_name\":\""
                + name + "\",\"reason\":\"before update\",\"persona_config\":{\"mood\":\"" + name + "\"},"
                + "\"original_persona\":{\"persona_id\":\"p1\",\"name\":\"bot\",\"prompt\":\"" + prompt + "\"},"
                + "\"imitation_dialogues\":[\"A: hi\",\"B: meow\"],\"persona_content\":\"content of " + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return (int) number(created.body(), "id");
    }
}
