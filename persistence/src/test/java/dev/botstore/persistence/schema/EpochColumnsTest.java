package dev.botstore.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.SchemaSnapshot;
import dev.botstore.persistence.support.TestDatabase;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The original's time conventions are explicit on the entities: every epoch column of the catalog
 * (section 1.4) carries {@link EpochTime} with its unit, nothing else does, and the column type
 * follows from it on each backend.
 */
class EpochColumnsTest {

    /** The catalog's 47 BigInteger epoch columns (seconds; milliseconds in conversation_goals). */
    static final Map<String, Set<String>> WHOLE_EPOCHS = UpstreamParityTest.byTable("""
            raw_messages: timestamp created_at
            filtered_messages: timestamp created_at
            bot_messages: timestamp created_at
            style_learning_patterns: last_used created_at updated_at
            interaction_records: timestamp
            jargon: created_at updated_at
            memories: created_at last_accessed
            memory_embeddings: created_at
            memory_summaries: created_at updated_at
            user_social_profiles: created_at last_updated
            user_social_relation_components: last_interaction created_at
            social_relation_history: timestamp
            composite_psychological_states: last_transition_time created_at last_updated
            psychological_state_components: start_time
            psychological_state_history: timestamp
            user_affections: created_at updated_at
            affection_interactions: timestamp
            user_conversation_history: timestamp
            user_diversity: timestamp
            conversation_goals: created_at last_updated
            learning_performance_history: timestamp created_at
            social_relation_analysis_results: created_at
            social_network_nodes: created_at updated_at
            social_network_edges: created_at updated_at
            exemplar: created_at updated_at
            shadow_profiles: created_at updated_at
            social_relations: created_at updated_at
            """);

    private static final String MILLISECOND_TABLE = "conversation_goals";

    /** A number column named like a point in time. */
    private static final java.util.regex.Pattern TIME_LIKE =
            java.util.regex.Pattern.compile("\\.(.*timestamp.*|.*_at|.*_time|last_.*|.*_date)$");

    /** Named like times, but the catalog says otherwise: a duration. */
    private static final Set<String> NOT_EPOCHS = Set.of("learning_performance_history.learning_time");

    @Test
    void everyEpochColumnOfTheCatalogCarriesItsUnitAndNoOtherColumnDoes() throws Exception {
        Map<String, String> want = new TreeMap<>();
        WHOLE_EPOCHS.forEach((table, columns) -> columns.forEach(c -> want.put(table + "." + c,
                "Long " + (table.equals(MILLISECOND_TABLE) ? "MILLISECONDS" : "SECONDS"))));
        // the catalog's 39 Float epoch columns are the ones the spec widens to DOUBLE on MySQL
        UpstreamParityTest.MYSQL_DOUBLE.forEach((table, columns) -> columns.forEach(c -> want.put(table + "." + c,
                "Double SECONDS")));
        assertEquals(47 + 39, want.size());

        Map<String, String> got = new TreeMap<>();
        List<String> unmarked = new ArrayList<>();
        try (TestDatabase db = TestDatabase.create(DbType.SQLITE)) {
            for (ClassDescriptor descriptor : SchemaSyncTest.session(db).getProject().getOrderedDescriptors()) {
                Class<?> entity = descriptor.getJavaClass();
                for (Field field : entity.getDeclaredFields()) {
                    EpochTime epoch = field.getAnnotation(EpochTime.class);
                    Column column = field.getAnnotation(Column.class);
                    String name = entity.getAnnotation(Table.class).name() + "." + (column == null ? field.getName() : column.name());
                    if (epoch != null) {
                        got.put(name, field.getType().getSimpleName() + " " + epoch.value());
                    } else if ((field.getType() == Long.class || field.getType() == Double.class)
                            && TIME_LIKE.matcher(name).find() && !NOT_EPOCHS.contains(name)) {
                        unmarked.add(name);
                    }
                }
            }
        }
        assertEquals(want, got);
        assertEquals(List.of(), unmarked, "numbers named like times must say their unit (or be listed as not epochs)");
    }

    /**
     * Whole units are BIGINT everywhere; seconds with a fraction hold a double on every backend
     * (FLOAT on PostgreSQL and SQLite, DOUBLE on MySQL), while MySQL's other Float columns (scores,
     * weights, durations) stay single precision like the original's.
     */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void theColumnTypeFollowsTheUnit(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            Map<String, SchemaSnapshot.Table> tables = UpstreamParityTest.snapshot(db);
            List<String> wrong = new ArrayList<>();
            WHOLE_EPOCHS.forEach((table, columns) -> columns.forEach(c -> expect(tables, table, c, "bigint", wrong)));
            UpstreamParityTest.MYSQL_DOUBLE.forEach((table, columns) -> columns.forEach(c ->
                    expect(tables, table, c, "double", wrong)));
            if (type == DbType.MYSQL) {
                expect(tables, "kg_relations", "confidence", "float", wrong);
                expect(tables, "learning_performance_history", "learning_time", "float", wrong);
            }
            assertTrue(wrong.isEmpty(), () -> type.id() + ":\n" + String.join("\n", wrong));
        }
    }

    private static void expect(Map<String, SchemaSnapshot.Table> tables, String table, String column, String family,
                               List<String> wrong) {
        SchemaSnapshot.Column col = tables.get(table).columns().get(column);
        if (col == null || !col.family().equals(family)) {
            wrong.add(table + "." + column + " is " + (col == null ? "missing" : col.family()) + ", want " + family);
        }
    }
}
