package dev.botstore.persistence.pluginstore;

import static dev.botstore.persistence.pluginstore.PluginDataStoreTest.countRows;
import static dev.botstore.persistence.pluginstore.PluginDataStoreTest.inTransaction;
import static dev.botstore.persistence.pluginstore.PluginDataStoreTest.now;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.SchemaAction;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.schema.SchemaSync;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys and scopes of the plugin store compare byte for byte on every backend: a trailing space or
 * another case makes another entry, in reads, writes and chat resets. On MySQL this holds for a
 * table created with an older collation too, once the schema sync has adopted it.
 */
class ExactKeysTest {

    private static final String PLUGIN = "alice.weather";

    @ParameterizedTest
    @EnumSource(DbType.class)
    void trailingSpacesAndCaseMakeSeparateEntries(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            inTransaction(db, s -> s.upsert(new StoreKey(PLUGIN, "g1", "", "key1"), "g1's", now(), null));
            assertSeparateEntries(db);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8mb4_bin", "utf8mb4_general_ci", "utf8mb4_unicode_ci"})
    void aMySqlTableCreatedWithAnOlderCollationIsAdopted(String collation) throws Exception {
        try (TestDatabase db = TestDatabase.create(DbType.MYSQL)) {
            String key = " VARCHAR(%d) CHARACTER SET utf8mb4 COLLATE " + collation + " NOT NULL";
            db.execute("CREATE TABLE plugin_data (id BIGINT AUTO_INCREMENT PRIMARY KEY,"
                    + " plugin_key" + key.formatted(128) + ", target_chat_key" + key.formatted(256) + " DEFAULT '',"
                    + " target_user_id" + key.formatted(256) + " DEFAULT '', data_key" + key.formatted(128) + ","
                    + " data_value LONGTEXT NOT NULL, version BIGINT DEFAULT 1 NOT NULL,"
                    + " create_time DATETIME NOT NULL, update_time DATETIME NOT NULL, expire_time DATETIME NULL,"
                    + " CONSTRAINT uq_plugin_data_scope_key UNIQUE (plugin_key, target_chat_key, target_user_id, data_key),"
                    + " INDEX idx_plugin_data_expire_time (expire_time)) CHARACTER SET utf8mb4");
            db.execute("INSERT INTO plugin_data (plugin_key, target_chat_key, target_user_id, data_key, data_value,"
                    + " create_time, update_time) VALUES ('" + PLUGIN + "', 'g1', '', 'key1', 'g1''s', NOW(), NOW())");

            SchemaReport report = sync(db);
            assertTrue(report.warnings().isEmpty(), () -> "warnings: " + report.warnings());
            assertEquals(List.of("data_key", "plugin_key", "target_chat_key", "target_user_id"),
                    pluginDataActions(report, "adopt_collation"));
            assertEquals(List.of(), pluginDataActions(sync(db), "adopt_collation"), "adopted once");

            assertSeparateEntries(db);
        }
    }

    /** With g1's {@code key1} stored, every near miss is another entry. */
    private static void assertSeparateEntries(TestDatabase db) throws Exception {
        StoreKey stored = new StoreKey(PLUGIN, "g1", "", "key1");
        List<StoreKey> nearMisses = List.of(
                new StoreKey(PLUGIN, "g1", "", "key1 "),
                new StoreKey(PLUGIN, "g1", "", "Key1"),
                new StoreKey(PLUGIN, "g1 ", "", "key1"),
                new StoreKey(PLUGIN, "G1", "", "key1"),
                new StoreKey(PLUGIN, "g1", " ", "key1"));
        for (StoreKey miss : nearMisses) {
            assertTrue(inTransaction(db, s -> s.find(miss, now())).isEmpty(), () -> "read " + miss);
        }
        for (StoreKey miss : nearMisses) {
            StoreRow written = inTransaction(db, s -> s.upsert(miss, "other " + miss, now(), null));
            assertEquals(1, written.version(), () -> "a new entry for " + miss);
        }
        assertEquals(1 + nearMisses.size(), countRows(db));
        assertEquals(0, (int) inTransaction(db, s -> s.deleteEntries(PLUGIN, "g1  ", null)), "reset of 'g1  '");
        assertEquals(1, (int) inTransaction(db, s -> s.deleteEntries(PLUGIN, "G1", null)), "reset of 'G1'");
        assertEquals("g1's", inTransaction(db, s -> s.find(stored, now())).orElseThrow().dataValue());
        assertEquals(1, inTransaction(db, s -> s.find(stored, now())).orElseThrow().version(), "untouched");
        assertEquals(nearMisses.size(), countRows(db));
    }

    private static SchemaReport sync(TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            return SchemaSync.run((AbstractSession) JpaHelper.getServerSession(db.emf()), c, db.name(), null);
        }
    }

    private static List<String> pluginDataActions(SchemaReport report, String kind) {
        return report.actions().stream().filter(a -> a.table().equalsIgnoreCase("plugin_data") && a.kind().equals(kind))
                .map(SchemaAction::name).map(String::toLowerCase).sorted().toList();
    }
}
