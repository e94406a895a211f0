package dev.botstore.persistence.pluginstore;

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
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A {@code plugin_data} table as Nekro Agent creates it (no version, no unique key, 128-character
 * scope columns, duplicate rows left by its check-then-insert) is adopted in place.
 */
class NekroAdoptionTest {

    private static final StoreKey THEME = new StoreKey("alice.weather", "group_1", "", "theme");

    @ParameterizedTest
    @EnumSource(DbType.class)
    void duplicatesAreMergedToTheNewestRowAndTheTableIsUpgradedInPlace(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            db.execute(nekroTable(type));
            // three rows of one key, inserted out of time order, then two rows that are not duplicates
            insert(db, "group_1", "theme", "middle", "2025-03-02 10:00:00");
            insert(db, "group_1", "theme", "newest", "2025-03-03 10:00:00");
            insert(db, "group_1", "theme", "oldest", "2025-03-01 10:00:00");
            insert(db, "group_2", "theme", "other chat", "2025-03-01 10:00:00");
            insert(db, "group_1", "lang", "de", "2025-03-01 10:00:00");

            SchemaReport report;
            try (Connection c = db.connection()) {
                report = SchemaSync.run((AbstractSession) JpaHelper.getServerSession(db.emf()), c, db.name(), null);
            }

            assertTrue(report.warnings().isEmpty(), () -> "warnings: " + report.warnings());
            List<String> expected = new ArrayList<>(List.of("add_column expire_time", "add_column version"));
            if (type != DbType.SQLITE) { // SQLite does not enforce declared lengths
                expected.addAll(List.of("widen_column target_chat_key", "widen_column target_user_id"));
            }
            if (type == DbType.MYSQL) { // the widened columns got the exact collation on the way
                expected.addAll(List.of("adopt_collation data_key", "adopt_collation plugin_key"));
            }
            expected.addAll(List.of("fix_up uq_plugin_data_scope_key", "create_index uq_plugin_data_scope_key",
                    "create_index idx_plugin_data_expire_time"));
            // the original plugin's tables are created alongside; only plugin_data's upgrade matters here
            assertEquals(expected.stream().sorted().toList(), report.actions().stream()
                    .filter(a -> a.table().equalsIgnoreCase("plugin_data"))
                    .map(a -> a.kind() + " " + a.name().toLowerCase()).sorted().toList());
            SchemaAction fixUp = report.actions().stream().filter(a -> a.kind().equals("fix_up")).findFirst().orElseThrow();
            assertTrue(fixUp.statement().contains("deleted 2 older row(s)"), fixUp.statement());

            assertEquals(List.of("2 newest", "4 other chat", "5 de"), rows(db));
            StoreRow kept = inTransaction(db, s -> s.find(THEME, now())).orElseThrow();
            assertEquals("newest", kept.dataValue());
            assertEquals(1, kept.version(), "adopted rows start at version 1");
            assertEquals(2, inTransaction(db, s -> s.upsert(THEME, "next", now(), null)).version());
            String wideChat = "c".repeat(256);
            inTransaction(db, s -> s.upsert(new StoreKey("alice.weather", wideChat, "", "k"), "v", now(), null));
        }
    }

    private static String nekroTable(DbType type) {
        return switch (type) {
            case POSTGRESQL -> "CREATE TABLE plugin_data (id SERIAL PRIMARY KEY, plugin_key VARCHAR(128) NOT NULL,"
                    + " target_chat_key VARCHAR(128) NOT NULL DEFAULT '', target_user_id VARCHAR(128) NOT NULL DEFAULT '',"
                    + " data_key VARCHAR(128) NOT NULL, data_value TEXT NOT NULL,"
                    + " create_time TIMESTAMP NOT NULL, update_time TIMESTAMP NOT NULL)";
            case MYSQL -> "CREATE TABLE plugin_data (id INT AUTO_INCREMENT PRIMARY KEY, plugin_key VARCHAR(128) NOT NULL,"
                    + " target_chat_key VARCHAR(128) NOT NULL DEFAULT '', target_user_id VARCHAR(128) NOT NULL DEFAULT '',"
                    + " data_key VARCHAR(128) NOT NULL, data_value LONGTEXT NOT NULL,"
                    + " create_time DATETIME(6) NOT NULL, update_time DATETIME(6) NOT NULL) CHARACTER SET utf8mb4";
            case SQLITE -> "CREATE TABLE plugin_data (id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
                    + " plugin_key VARCHAR(128) NOT NULL, target_chat_key VARCHAR(128) NOT NULL DEFAULT '',"
                    + " target_user_id VARCHAR(128) NOT NULL DEFAULT '', data_key VARCHAR(128) NOT NULL,"
                    + " data_value TEXT NOT NULL, create_time TIMESTAMP NOT NULL, update_time TIMESTAMP NOT NULL)";
        };
    }

    private static void insert(TestDatabase db, String chat, String key, String value, String time)
            throws Exception {
        String at = db.type() == DbType.SQLITE ? "'" + time + "'" : "TIMESTAMP '" + time + "'";
        db.execute("INSERT INTO plugin_data (plugin_key, target_chat_key, target_user_id, data_key, data_value,"
                + " create_time, update_time) VALUES ('alice.weather', '" + chat + "', '', '" + key
                + "', '" + value + "', " + at + ", " + at + ")");
    }

    private static List<String> rows(TestDatabase db) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, data_value FROM plugin_data ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2));
            }
        }
        return rows;
    }
}
