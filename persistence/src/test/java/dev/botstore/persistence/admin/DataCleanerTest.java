package dev.botstore.persistence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.CategoryCleanup;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Clean-up per category: children first, one transaction, true per-table counts, honest failures. */
class DataCleanerTest {

    /** The rows the original's test_clear_all_plugin_data_removes_learning_persistence seeds, by category. */
    private static final Map<String, List<String>> ORIGINAL_SEED = Map.of(
            "memory", List.of("memories", "memory_embeddings", "memory_summaries"),
            "knowledge_graph", List.of("kg_entities", "kg_relations", "kg_paragraph_hashes"),
            "persona_reviews", List.of("persona_update_reviews", "persona_backups", "persona_evolution_snapshots",
                    "persona_attribute_weights", "persona_diversity_scores"),
            "style_learning", List.of("expression_patterns", "expression_generation_results", "exemplar"),
            "jargon", List.of("jargon", "jargon_usage_frequency"),
            "learning_history", List.of("learning_batches", "interaction_records"),
            "runtime_state", List.of("user_affections", "affection_interactions", "conversation_goals"));

    @Test
    void theCategoriesCoverEveryTableOfTheOriginalOnceAndChildrenComeBeforeParents() throws Exception {
        try (TestDatabase db = TestDatabase.create(DbType.SQLITE)) {
            Map<String, DataTable> model = SeedRows.byName(SeedRows.model(db));
            Set<String> covered = new HashSet<>();
            for (DataCategory category : DataCategory.values()) {
                for (String table : category.tables()) {
                    assertTrue(covered.add(table), table + " is in two categories");
                    assertTrue(model.containsKey(table), table + " is not a table of the model");
                    for (String parent : model.get(table).parents()) {
                        assertTrue(category.tables().indexOf(parent) > category.tables().indexOf(table),
                                category.key() + ": " + table + " must be deleted before its parent " + parent);
                    }
                }
            }
            Set<String> all = new HashSet<>(model.keySet());
            all.remove("plugin_data");
            assertEquals(59, all.size());
            assertEquals(all, covered, "tables outside every category");
        }
    }

    /** The original's clean-up test, on every backend. */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void clearingEveryCategoryReportsWhatWasSeededAndLeavesEveryStatisticAtZero(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            Map<String, DataTable> model = SeedRows.byName(SeedRows.model(db));
            try (Connection c = db.connection()) {
                for (DataTable table : SeedRows.model(db)) {
                    if (ORIGINAL_SEED.values().stream().anyMatch(l -> l.contains(table.name()))) {
                        SeedRows.insert(c, type, table, 1);
                    }
                }
                DataCleaner cleaner = new DataCleaner(c, type);
                Map<String, Long> before = statistics(cleaner);
                Map<String, Long> expected = new LinkedHashMap<>();
                for (DataCategory category : DataCategory.values()) {
                    expected.put(category.key(), (long) ORIGINAL_SEED.getOrDefault(category.key(), List.of()).size());
                }
                assertEquals(expected, before);

                for (DataCategory category : DataCategory.values()) {
                    CategoryCleanup result = cleaner.clear(category);
                    assertTrue(result.success(), () -> result.toString());
                    assertEquals(expected.get(category.key()), result.deleted(), category.key());
                    assertEquals(category.tables(), List.copyOf(result.tables().keySet()));
                    for (String table : ORIGINAL_SEED.getOrDefault(category.key(), List.of())) {
                        assertEquals(1L, result.tables().get(table), table);
                    }
                }
                statistics(cleaner).forEach((category, count) -> assertEquals(0L, count, category));
                assertTrue(model.size() == 60);
            }
        }
    }

    /** The original deleted bot_messages before the metrics referencing them; SQLite enforces the key. */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void theMessagesCategoryClearsBotMessagesReferencedByQualityMetrics(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            Map<String, DataTable> model = SeedRows.byName(SeedRows.model(db));
            try (Connection c = db.connection()) {
                for (String table : List.of("raw_messages", "bot_messages", "conversation_quality_metrics")) {
                    SeedRows.insert(c, type, model.get(table), 2);
                }
                CategoryCleanup result = new DataCleaner(c, type).clear(DataCategory.MESSAGES);
                assertTrue(result.success(), result::toString);
                assertEquals(6, result.deleted());
                assertEquals(2L, result.tables().get("bot_messages"));
                assertEquals(2L, result.tables().get("conversation_quality_metrics"));
                assertEquals(0L, new DataCleaner(c, type).count(List.of("bot_messages")).get("bot_messages"));
            }
        }
    }

    /** A table outside the model referencing bot_messages makes the category fail: all of it is rolled back. */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void aCategoryThatFailsIsRolledBackAndSaysSo(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            Map<String, DataTable> model = SeedRows.byName(SeedRows.model(db));
            db.execute("CREATE TABLE admin_blocker (id INTEGER PRIMARY KEY, bot_id INTEGER,"
                    + " FOREIGN KEY (bot_id) REFERENCES bot_messages (id))");
            try (Connection c = db.connection()) {
                for (String table : List.of("raw_messages", "filtered_messages", "bot_messages")) {
                    SeedRows.insert(c, type, model.get(table), 2);
                }
                db.execute("INSERT INTO admin_blocker (id, bot_id) VALUES (1, 1)");
                CategoryCleanup result = new DataCleaner(c, type).clear(DataCategory.MESSAGES);
                assertFalse(result.success());
                assertEquals(0, result.deleted());
                assertEquals("bot_messages", result.failedTable());
                assertTrue(result.tables().isEmpty());
                assertFalse(result.error().isBlank());
                // raw and filtered messages were deleted before the failure: the rollback brought them back
                assertEquals(Map.of("raw_messages", 2L, "filtered_messages", 2L, "bot_messages", 2L),
                        new DataCleaner(c, type).count(List.of("raw_messages", "filtered_messages", "bot_messages")));
                assertTrue(c.getAutoCommit());
                assertNull(null);
            }
        }
    }

    static Map<String, Long> statistics(DataCleaner cleaner) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (DataCategory category : DataCategory.values()) {
            counts.put(category.key(), cleaner.count(category.tables()).values().stream().mapToLong(Long::longValue).sum());
        }
        return counts;
    }
}
