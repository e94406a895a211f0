package dev.botstore.persistence.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.KeyInfo;
import dev.botstore.api.tables.ReferenceInfo;
import dev.botstore.api.tables.TableInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows API's tables come from the entities alone, with no database and no second description. */
class RowModelTest {

    private static final List<TableInfo> TABLES = RowModel.offline();

    @Test
    void theOriginalsFiftyNineTablesAreDescribedAndBotstoresOwnAreNot() {
        assertEquals(59, TABLES.size());
        assertTrue(TABLES.stream().noneMatch(t -> t.name().equals("plugin_data")));
    }

    @Test
    void columnsCarryTheirTypeLengthNullabilityEpochUnitAndDefaults() {
        TableInfo memories = table("memories");
        assertEquals(new ColumnInfo("id", ColumnInfo.INTEGER, 32, false, null, null, true, false), memories.column("id"));
        assertEquals(new ColumnInfo("group_id", ColumnInfo.STRING, null, false, 255, null, false, true),
                memories.column("group_id"));
        assertEquals(new ColumnInfo("content", ColumnInfo.TEXT, null, false, null, null, false, true),
                memories.column("content"));
        assertFalse(memories.column("importance").required(), "the entity defaults it to 5");
        assertEquals(ColumnInfo.SECONDS, memories.column("created_at").epoch());
        assertEquals(ColumnInfo.MILLISECONDS, table("conversation_goals").column("created_at").epoch());
        assertEquals(ColumnInfo.JSON, table("conversation_goals").column("final_goal").type());
        assertEquals(ColumnInfo.NUMBER, table("learning_batches").column("start_time").type());
        assertEquals(100, table("conversation_goals").column("session_id").length());
        assertNull(table("learning_batches").column("batch_id").epoch());
    }

    @Test
    void keysIndexesAndReferencesAreTheEntitiesOwn() {
        TableInfo batches = table("learning_batches");
        assertTrue(batches.uniqueKeys().contains(new KeyInfo("ix_learning_batches_batch_id", List.of("batch_id"))));
        assertTrue(batches.orderable("group_id"));
        assertFalse(batches.orderable("error_message"));
        assertTrue(table("kg_entities").uniqueKeys().contains(new KeyInfo("uq_kg_entity_name_group",
                List.of("name", "group_id"))));
        assertTrue(table("jargon_usage_frequency").references().contains(new ReferenceInfo("jargon_id", "jargon")));
        List<String> names = TABLES.stream().map(TableInfo::name).toList();
        assertTrue(names.indexOf("jargon") < names.indexOf("jargon_usage_frequency"), "parents first");
        assertEquals("qq_id", table("user_profiles").primaryKey());
    }

    private static TableInfo table(String name) {
        return TABLES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
