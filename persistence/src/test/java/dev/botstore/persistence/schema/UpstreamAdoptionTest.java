package dev.botstore.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.SchemaAction;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.jargon.Jargon;
import dev.botstore.persistence.support.SchemaSnapshot;
import dev.botstore.persistence.support.TestDatabase;
import dev.botstore.persistence.support.UpstreamFixture;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An existing database of the original, built from its DDL, adopted in place by the schema sync. */
class UpstreamAdoptionTest {

    private static final String JARGON = "INSERT INTO jargon (content, raw_content, meaning, is_jargon, count,"
            + " last_inference_count, is_complete, is_global, chat_id, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** The catalog's worked example (section 3.10), plus the same term in another group. */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void duplicateJargonRowsAreMergedByTheOriginalsRulesBeforeTheUniqueIndex(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            loadWithoutJargonKey(db);
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(JARGON)) {
                insertJargon(ps, "[\"ctx-a\"]", null, null, 2, 1, false, false, "group-a", 10, 20);
                insertJargon(ps, "[\"ctx-b\"]", "manual", true, 5, 4, true, true, "group-a", 8, 30);
                insertJargon(ps, "[\"ctx-c\"]", "auto", false, 3, 2, false, false, "group-a", 12, 25);
                insertJargon(ps, "[\"ctx-d\"]", "other", false, 1, 0, false, false, "group-b", 5, 6);
            }
            for (int jargonId : new int[] {1, 3, 3, 4}) {
                db.execute("INSERT INTO jargon_usage_frequency (jargon_id, group_id, usage_count, last_used_at)"
                        + " VALUES (" + jargonId + ", 'g', 1, 1700000000.5)");
            }

            SchemaReport report = SchemaSyncTest.sync(db);

            assertTrue(report.warnings().isEmpty(), () -> "warnings: " + report.warnings());
            SchemaAction fixUp = report.actions().stream().filter(a -> a.kind().equals("fix_up")).findFirst().orElseThrow();
            assertEquals("jargon", fixUp.table());
            assertEquals("uk_chat_content", fixUp.name());
            assertTrue(fixUp.statement().contains("merged 1 group(s)") && fixUp.statement().contains("2 row(s)")
                    && fixUp.statement().contains("3 jargon_usage_frequency"), fixUp::statement);
            assertTrue(report.actions().stream().anyMatch(a -> a.kind().equals("create_index")
                    && a.name().equals("uk_chat_content")), () -> "actions: " + report.actions());

            EntityManager em = db.emf().createEntityManager();
            try {
                List<Jargon> rows = em.createQuery("SELECT j FROM Jargon j ORDER BY j.id", Jargon.class).getResultList();
                assertEquals(List.of(2, 4), rows.stream().map(Jargon::getId).toList());
                Jargon kept = rows.get(0);
                assertEquals("[\"ctx-b\"]", kept.getRawContent());
                assertEquals("manual", kept.getMeaning());
                assertEquals(Boolean.TRUE, kept.getIsJargon());
                assertEquals(10, kept.getCount());
                assertEquals(4, kept.getLastInferenceCount());
                assertEquals(Boolean.TRUE, kept.getIsComplete());
                assertEquals(Boolean.TRUE, kept.getIsGlobal());
                assertEquals(8L, kept.getCreatedAt());
                assertEquals(30L, kept.getUpdatedAt());
                Jargon other = rows.get(1);
                assertEquals("[\"ctx-d\"]", other.getRawContent());
                assertEquals("other", other.getMeaning());
                assertEquals(1, other.getCount());
                assertEquals(List.of(2, 2, 2, 4), em.createQuery("SELECT u.jargon.id FROM JargonUsageFrequency u"
                        + " ORDER BY u.id", Integer.class).getResultList());
            } finally {
                em.close();
            }
            assertTrue(SchemaSyncTest.sync(db).upToDate(), "the next start has nothing to do");
        }
    }

    /** A keeper that is not completed collects every row's contexts, in priority order. */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void anUncompletedKeeperCollectsAllContexts(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            loadWithoutJargonKey(db);
            try (Connection c = db.connection(); PreparedStatement ps = c.prepareStatement(JARGON)) {
                insertJargon(ps, "[\"ctx-a\", 5]", null, null, 2, 1, false, false, "g", 10, 20);
                insertJargon(ps, "not json", "", null, 7, 4, false, false, "g", 8, 30);
                insertJargon(ps, "[\"ctx-a\", true, null, \"\"]", "later", false, -3, 9, false, true, "g", 12, 25);
            }

            SchemaSyncTest.sync(db);

            try (Connection c = db.connection(); ResultSet rs = c.createStatement().executeQuery(
                    "SELECT id, raw_content, meaning, is_jargon, count, last_inference_count, is_global FROM jargon")) {
                assertTrue(rs.next());
                assertEquals(2, rs.getInt("id"), "the highest count wins among uncompleted, unmarked rows");
                assertEquals("[\"not json\", \"ctx-a\", \"5\", \"True\", \"None\"]", rs.getString("raw_content"));
                assertEquals("later", rs.getString("meaning"));
                assertEquals(false, rs.getBoolean("is_jargon"));
                assertEquals(9, rs.getInt("count"));
                assertEquals(9, rs.getInt("last_inference_count"));
                assertEquals(true, rs.getBoolean("is_global"));
                assertTrue(!rs.next());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void threeColumnsAndTwoIndexesDroppedByHandComeBackAndTheNextSyncHasNothingToDo(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            UpstreamFixture.load(db);
            SchemaSyncTest.sync(db);
            Map<String, SchemaSnapshot.Table> before = UpstreamParityTest.snapshot(db);
            db.execute("ALTER TABLE raw_messages DROP COLUMN platform");
            db.execute("ALTER TABLE memories DROP COLUMN memory_type");
            db.execute("ALTER TABLE kg_entities DROP COLUMN entity_type");
            for (String index : new String[] {"idx_raw_group", "idx_kg_relation_subject"}) {
                String table = index.startsWith("idx_raw") ? "raw_messages" : "kg_relations";
                db.execute(type == DbType.MYSQL ? "DROP INDEX " + index + " ON " + table : "DROP INDEX " + index);
            }

            SchemaReport repair = SchemaSyncTest.sync(db);

            assertTrue(repair.warnings().isEmpty(), () -> "warnings: " + repair.warnings());
            assertEquals(List.of("add_column kg_entities.entity_type", "add_column memories.memory_type",
                            "add_column raw_messages.platform", "create_index kg_relations.idx_kg_relation_subject",
                            "create_index raw_messages.idx_raw_group"),
                    repair.actions().stream().map(a -> a.kind() + " " + a.table() + "." + a.name()).sorted().toList());
            List<String> differences = new ArrayList<>();
            for (String table : List.of("raw_messages", "memories", "kg_entities", "kg_relations")) {
                UpstreamParityTest.compare(table, before.get(table), UpstreamParityTest.snapshot(db).get(table), differences);
            }
            assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
            SchemaReport again = SchemaSyncTest.sync(db);
            assertTrue(again.upToDate(), () -> "second sync: " + again.actions() + again.warnings());
        }
    }

    /**
     * Two unique indexes that rows now break cannot be built: each is a warning in the report, and
     * every other step still runs, in the same table and in the tables after it (on PostgreSQL a
     * failed statement does not abort the ones after it). Once the rows are fixed by hand the next
     * start builds them, and the start after that has nothing to do.
     */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void aStepThatCannotBeAppliedIsAWarningAndTheOtherStepsStillRun(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            UpstreamFixture.load(db);
            SchemaSyncTest.sync(db);
            List<String> order = TableDdl.parentsFirst(new DefaultTableGenerator(SchemaSyncTest.session(db).getProject(), true)
                    .generateDefaultTableCreator().getTableDefinitions()).stream()
                    .map(t -> t.getName().toLowerCase(java.util.Locale.ROOT)).toList();
            String last = order.get(order.size() - 1).equals("plugin_data") ? order.get(order.size() - 2) : order.get(order.size() - 1);
            assertTrue(order.indexOf("social_relations") < order.indexOf(last));
            String lastIndex = UpstreamParityTest.snapshot(db).get(last).indexes().keySet().stream()
                    .filter(i -> i.startsWith("ix_")).findFirst().orElseThrow();
            for (String index : List.of("uk_user_group", "idx_affection", "uk_from_to_type", "idx_social_relations_group")) {
                dropIndex(db, "social_relations", index);
            }
            dropIndex(db, last, lastIndex);
            db.execute("ALTER TABLE raw_messages DROP COLUMN platform");
            for (int i = 0; i < 2; i++) {
                db.execute("INSERT INTO social_relations (user_id, group_id, from_user, to_user, relation_type)"
                        + " VALUES ('u', 'g', 'a', 'b', 'friend')");
            }

            SchemaReport report = SchemaSyncTest.sync(db);

            assertEquals(List.of("create_index social_relations.uk_from_to_type", "create_index social_relations.uk_user_group"),
                    report.warnings().stream().map(w -> w.kind() + " " + w.table() + "." + w.name()).sorted().toList());
            assertEquals(java.util.stream.Stream.of("add_column raw_messages.platform", "create_index " + last + "." + lastIndex,
                            "create_index social_relations.idx_affection",
                            "create_index social_relations.idx_social_relations_group").sorted().toList(),
                    report.actions().stream().map(a -> a.kind() + " " + a.table() + "." + a.name()).sorted().toList());

            db.execute("DELETE FROM social_relations WHERE id = (SELECT MAX(id) FROM (SELECT id FROM social_relations) ids)");
            SchemaReport fixed = SchemaSyncTest.sync(db);
            assertTrue(fixed.warnings().isEmpty(), () -> "warnings: " + fixed.warnings());
            assertEquals(List.of("uk_from_to_type", "uk_user_group"),
                    fixed.actions().stream().map(SchemaAction::name).sorted().toList());
            assertTrue(SchemaSyncTest.sync(db).upToDate(), "the start after that has nothing to do");
        }
    }

    private static void dropIndex(TestDatabase db, String table, String index) throws Exception {
        db.execute(db.type() == DbType.MYSQL ? "DROP INDEX " + index + " ON " + table : "DROP INDEX " + index);
    }

    /** The original's schema as an older version left it: jargon without its unique key, so duplicates could arise. */
    private static void loadWithoutJargonKey(TestDatabase db) throws Exception {
        UpstreamFixture.load(db);
        db.execute(db.type() == DbType.MYSQL ? "DROP INDEX uk_chat_content ON jargon" : "DROP INDEX uk_chat_content");
    }

    private static void insertJargon(PreparedStatement ps, String raw, String meaning, Boolean isJargon, int count,
                                     int lastInference, boolean complete, boolean global, String chat,
                                     long created, long updated) throws Exception {
        ps.setString(1, "yyds");
        ps.setString(2, raw);
        ps.setString(3, meaning);
        ps.setObject(4, isJargon);
        ps.setInt(5, count);
        ps.setInt(6, lastInference);
        ps.setBoolean(7, complete);
        ps.setBoolean(8, global);
        ps.setString(9, chat);
        ps.setLong(10, created);
        ps.setLong(11, updated);
        ps.executeUpdate();
    }
}
