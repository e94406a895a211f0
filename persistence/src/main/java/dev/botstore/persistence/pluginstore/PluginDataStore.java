package dev.botstore.persistence.pluginstore;

import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.persistence.config.DbType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Optional;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * The queries of the plugin key-value store, for the caller's transaction. A write is one atomic
 * upsert statement in each backend's own dialect, so concurrent writers of one key never collide
 * on the unique key and never need a check-then-insert.
 */
public final class PluginDataStore {

    private static final String COLUMNS = "(plugin_key, target_chat_key, target_user_id, data_key, data_value,"
            + " version, create_time, update_time) VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6)";

    private static final String UPSERT_STANDARD = "INSERT INTO plugin_data " + COLUMNS
            + " ON CONFLICT (plugin_key, target_chat_key, target_user_id, data_key) DO UPDATE SET"
            + " data_value = excluded.data_value, version = plugin_data.version + 1,"
            + " update_time = excluded.update_time";

    private static final String UPSERT_MYSQL = "INSERT INTO plugin_data " + COLUMNS
            + " ON DUPLICATE KEY UPDATE data_value = VALUES(data_value), version = version + 1,"
            + " update_time = VALUES(update_time)";

    private final EntityManager em;
    private final DbType type;

    public PluginDataStore(EntityManager em) {
        this.em = em;
        Session session = em.unwrap(Session.class);
        this.type = DbType.of((DatabasePlatform) session.getDatasourcePlatform());
    }

    public Optional<PluginData> find(StoreKey key) {
        TypedQuery<PluginData> query = bind(em.createNamedQuery(PluginData.FIND, PluginData.class), key);
        return query.getResultStream().findFirst();
    }

    /** Creates or replaces the value; returns the row as it now stands (version 1 means created). */
    public PluginData upsert(StoreKey key, String value, LocalDateTime now) {
        Query upsert = em.createNativeQuery(type == DbType.MYSQL ? UPSERT_MYSQL : UPSERT_STANDARD)
                .setParameter(1, key.plugin())
                .setParameter(2, key.chatKey())
                .setParameter(3, key.userKey())
                .setParameter(4, key.key())
                .setParameter(5, value)
                .setParameter(6, Timestamp.valueOf(now));
        upsert.executeUpdate();
        // Our write holds the row's lock until commit, so this reads exactly what we wrote.
        return find(key).orElseThrow(() -> new IllegalStateException("row vanished after upsert: " + key));
    }

    public boolean delete(StoreKey key) {
        return bind(em.createNamedQuery(PluginData.DELETE), key).executeUpdate() > 0;
    }

    private static <Q extends Query> Q bind(Q query, StoreKey key) {
        query.setParameter("plugin", key.plugin())
                .setParameter("chat", key.chatKey())
                .setParameter("user", key.userKey())
                .setParameter("key", key.key());
        return query;
    }
}
