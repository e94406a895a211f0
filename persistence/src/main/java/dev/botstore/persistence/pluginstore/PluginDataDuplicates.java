package dev.botstore.persistence.pluginstore;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.schema.DataFixUp;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Prepares an adopted {@code plugin_data} table of Nekro Agent for Botstore's unique natural key.
 * The original enforced uniqueness in code, check-then-insert, so concurrent writers could leave
 * several rows for one key; of those, the row with the newest {@code update_time} (then the highest
 * id) is the one the original would have read last, and it is kept. Missing scope keys become the
 * empty string, which is how both applications spell "not scoped by this".
 */
public final class PluginDataDuplicates implements DataFixUp {

    private static final String SAME_KEY = "newer.plugin_key = older.plugin_key"
            + " AND newer.target_chat_key = older.target_chat_key AND newer.target_user_id = older.target_user_id"
            + " AND newer.data_key = older.data_key";

    private static final String NEWER = "(newer.update_time > older.update_time"
            + " OR (older.update_time IS NULL AND newer.update_time IS NOT NULL)"
            + " OR ((newer.update_time = older.update_time OR (newer.update_time IS NULL AND older.update_time IS NULL))"
            + " AND newer.id > older.id))";

    // The derived table lets MySQL delete from the table the subquery reads.
    private static final String DELETE_OLDER = "DELETE FROM plugin_data WHERE id IN (SELECT id FROM ("
            + "SELECT older.id FROM plugin_data older JOIN plugin_data newer ON " + SAME_KEY + " AND " + NEWER
            + ") doomed)";

    @Override
    public String table() {
        return "plugin_data";
    }

    @Override
    public String index() {
        return PluginData.NATURAL_KEY;
    }

    @Override
    public String apply(Connection connection, DbType type) throws SQLException {
        try (Statement st = connection.createStatement()) {
            int unscoped = st.executeUpdate("UPDATE plugin_data SET target_chat_key = '' WHERE target_chat_key IS NULL")
                    + st.executeUpdate("UPDATE plugin_data SET target_user_id = '' WHERE target_user_id IS NULL");
            int merged = st.executeUpdate(DELETE_OLDER);
            if (unscoped == 0 && merged == 0) {
                return null;
            }
            return "merged duplicate keys: deleted " + merged + " older row(s), kept the newest update_time of each"
                    + (unscoped == 0 ? "" : "; set " + unscoped + " missing scope key(s) to ''");
        }
    }
}
