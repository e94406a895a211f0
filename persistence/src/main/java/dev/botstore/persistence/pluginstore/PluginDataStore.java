package dev.botstore.persistence.pluginstore;

import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StoreScope;
import dev.botstore.persistence.config.DbType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * The queries of the plugin key-value store, for the caller's transaction. Every write is one
 * statement in each backend's own dialect (an atomic upsert, a conditional insert or a
 * compare-and-set update), so concurrent writers of one key never collide on the unique key and
 * nothing is check-then-insert.
 *
 * <p>An entry whose {@code expire_time} has passed is absent: reads skip it, and a write treats it
 * as missing (the entry starts again at version 1). {@link #purgeExpired} removes such rows.
 */
public final class PluginDataStore {

    private static final String KEY = "plugin_key = ?1 AND target_chat_key = ?2 AND target_user_id = ?3 AND data_key = ?4";
    private static final String LIVE = "(expire_time IS NULL OR expire_time > ?6)";
    private static final String INSERT = "INSERT INTO plugin_data (plugin_key, target_chat_key, target_user_id,"
            + " data_key, data_value, version, create_time, update_time, expire_time)";
    private static final String VALUES = " VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6, ?7)";
    private static final String CONFLICT = " ON CONFLICT (plugin_key, target_chat_key, target_user_id, data_key)";
    private static final String EXPIRED = "plugin_data.expire_time <= excluded.update_time";

    private static final String UPSERT_STANDARD = INSERT + VALUES + CONFLICT + " DO UPDATE SET"
            + " data_value = excluded.data_value,"
            + " version = CASE WHEN " + EXPIRED + " THEN 1 ELSE plugin_data.version + 1 END,"
            + " create_time = CASE WHEN " + EXPIRED + " THEN excluded.create_time ELSE plugin_data.create_time END,"
            + " update_time = excluded.update_time, expire_time = excluded.expire_time";

    /** The row is only taken over when it has expired; a live row makes this a no-op (0 rows). */
    private static final String CREATE_STANDARD = INSERT + VALUES + CONFLICT + " DO UPDATE SET"
            + " data_value = excluded.data_value, version = 1, create_time = excluded.create_time,"
            + " update_time = excluded.update_time, expire_time = excluded.expire_time WHERE " + EXPIRED;

    // MySQL applies the assignments left to right: the expiry test must come before expire_time changes.
    private static final String UPSERT_MYSQL = INSERT + VALUES + " ON DUPLICATE KEY UPDATE"
            + " version = IF(expire_time <= VALUES(update_time), 1, version + 1),"
            + " create_time = IF(expire_time <= VALUES(update_time), VALUES(create_time), create_time),"
            + " data_value = VALUES(data_value), update_time = VALUES(update_time), expire_time = VALUES(expire_time)";

    /**
     * MySQL has no conditional ON DUPLICATE KEY; the NOT EXISTS guard inserts nothing over a live
     * row, and its shared locks make two concurrent creators deadlock (one is retried) rather than
     * both succeed. A duplicate can then only be an expired row, which is taken over.
     */
    private static final String CREATE_MYSQL = INSERT + " SELECT ?1, ?2, ?3, ?4, ?5, 1, ?6, ?6, ?7 FROM DUAL"
            + " WHERE NOT EXISTS (SELECT 1 FROM plugin_data WHERE " + KEY + " AND " + LIVE + ")"
            + " ON DUPLICATE KEY UPDATE version = 1, create_time = VALUES(create_time),"
            + " data_value = VALUES(data_value), update_time = VALUES(update_time), expire_time = VALUES(expire_time)";

    private static final String REPLACE = "UPDATE plugin_data SET data_value = ?5, version = version + 1,"
            + " update_time = ?6, expire_time = ?7 WHERE " + KEY + " AND " + LIVE;

    private static final String DELETE = "DELETE FROM plugin_data WHERE " + KEY + " AND " + LIVE;

    private final EntityManager em;
    private final DbType type;

    public PluginDataStore(EntityManager em) {
        this.em = em;
        Session session = em.unwrap(Session.class);
        this.type = DbType.of((DatabasePlatform) session.getDatasourcePlatform());
    }

    /** The live entry of {@code key}, if any. */
    public Optional<PluginData> find(StoreKey key, LocalDateTime now) {
        return em.createNamedQuery(PluginData.FIND, PluginData.class)
                .setParameter("plugin", key.plugin())
                .setParameter("chat", key.chatKey())
                .setParameter("user", key.userKey())
                .setParameter("key", key.key())
                .setParameter("now", now)
                .getResultStream().findFirst();
    }

    /** Creates or replaces the value; returns the row as it now stands (version 1 means created). */
    public PluginData upsert(StoreKey key, String value, LocalDateTime now, LocalDateTime expireTime) {
        write(type == DbType.MYSQL ? UPSERT_MYSQL : UPSERT_STANDARD, key, value, now, expireTime).executeUpdate();
        return reread(key, now);
    }

    /** Creates the entry only if it has no live value; empty when it has one. */
    public Optional<PluginData> create(StoreKey key, String value, LocalDateTime now, LocalDateTime expireTime) {
        int rows = write(type == DbType.MYSQL ? CREATE_MYSQL : CREATE_STANDARD, key, value, now, expireTime)
                .executeUpdate();
        return rows == 0 ? Optional.empty() : Optional.of(reread(key, now));
    }

    /**
     * Replaces the value of a live entry, only at {@code version} when that is not null
     * (compare-and-set); empty when there is no such entry.
     */
    public Optional<PluginData> replace(StoreKey key, String value, LocalDateTime now, LocalDateTime expireTime,
                                        Long version) {
        Query update = write(version == null ? REPLACE : REPLACE + " AND version = ?8", key, value, now, expireTime);
        if (version != null) {
            update.setParameter(8, version);
        }
        return update.executeUpdate() == 0 ? Optional.empty() : Optional.of(reread(key, now));
    }

    /** Deletes the live entry, only at {@code version} when that is not null; false when nothing matched. */
    public boolean delete(StoreKey key, LocalDateTime now, Long version) {
        Query delete = em.createNativeQuery(version == null ? DELETE : DELETE + " AND version = ?8");
        bindKey(delete, key).setParameter(6, Timestamp.valueOf(now));
        if (version != null) {
            delete.setParameter(8, version);
        }
        return delete.executeUpdate() > 0;
    }

    /**
     * Up to {@code limit} live entries of one scope whose key starts with {@code prefix}, after
     * {@code afterKey} (exclusive, null for the start), in code-point order on every backend.
     *
     * <p>Values are bounded before they leave the database: with a {@code valueBudget} of n bytes
     * (UTF-8), the entries stop at the one whose value reaches n bytes counted from the first (it
     * is the last one read), so a page holds at most n bytes plus one value. The sizes come from
     * the keys alone (the databases keep a value's byte length beside it), and only the values of
     * the page are read. With a budget of 0 no value is read at all and each comes back empty.
     */
    @SuppressWarnings("unchecked")
    public List<PluginData> list(StoreScope scope, String prefix, String afterKey, int limit, long valueBudget,
                                 LocalDateTime now) {
        // PostgreSQL compares by the database's collation; "C" gives the code-point order of the others.
        String column = type == DbType.POSTGRESQL ? "data_key COLLATE \"C\"" : "data_key";
        StringBuilder where = new StringBuilder(" FROM plugin_data WHERE plugin_key = ?1"
                + " AND target_chat_key = ?2 AND target_user_id = ?3 AND " + LIVE);
        List<Object> extra = new ArrayList<>();
        if (!prefix.isEmpty()) {
            // SUBSTR, not LIKE: SQLite's LIKE ignores case, and no escaping is needed.
            where.append(" AND SUBSTR(data_key, 1, ?").append(7 + extra.size()).append(") = ?")
                    .append(8 + extra.size());
            extra.add(prefix.length());
            extra.add(prefix);
        }
        if (afterKey != null) {
            where.append(" AND ").append(column).append(" > ?").append(7 + extra.size());
            extra.add(afterKey);
        }
        where.append(" ORDER BY ").append(column).append(" LIMIT ").append(limit);
        String select;
        if (valueBudget > 0) {
            String bytes = (type == DbType.MYSQL ? "LENGTH" : "OCTET_LENGTH") + "(data_value)";
            select = "SELECT d.* FROM plugin_data d JOIN (SELECT id, SUM(value_bytes) OVER (ORDER BY " + column
                    + ") - value_bytes AS bytes_before FROM (SELECT id, data_key, " + bytes + " AS value_bytes"
                    + where + ") k) w ON d.id = w.id WHERE w.bytes_before < ?5 ORDER BY " + column;
        } else {
            select = "SELECT id, plugin_key, target_chat_key, target_user_id, data_key, '' AS data_value, version,"
                    + " create_time, update_time, expire_time" + where;
        }
        Query query = em.createNativeQuery(select, PluginData.class)
                .setParameter(1, scope.plugin())
                .setParameter(2, scope.chatKey())
                .setParameter(3, scope.userKey())
                .setParameter(6, Timestamp.valueOf(now));
        if (valueBudget > 0) {
            query.setParameter(5, valueBudget);
        }
        for (int i = 0; i < extra.size(); i++) {
            query.setParameter(7 + i, extra.get(i));
        }
        return query.getResultList();
    }

    /** Deletes every row of a plugin in one chat and/or of one user; null matches any. */
    public int deleteEntries(String plugin, String chatKey, String userKey) {
        StringBuilder sql = new StringBuilder("DELETE FROM plugin_data WHERE plugin_key = ?1");
        if (chatKey != null) {
            sql.append(" AND target_chat_key = ?2");
        }
        if (userKey != null) {
            sql.append(" AND target_user_id = ?3");
        }
        Query delete = em.createNativeQuery(sql.toString()).setParameter(1, plugin);
        if (chatKey != null) {
            delete.setParameter(2, chatKey);
        }
        if (userKey != null) {
            delete.setParameter(3, userKey);
        }
        return delete.executeUpdate();
    }

    /** Deletes every row of one chat, in every plugin and for every user. */
    public int deleteChat(String chatKey) {
        return em.createNativeQuery("DELETE FROM plugin_data WHERE target_chat_key = ?1")
                .setParameter(1, chatKey).executeUpdate();
    }

    /** A page of a plugin's live rows in every scope, by chat, user and key in code-point order. */
    @SuppressWarnings("unchecked")
    public List<PluginData> entries(String plugin, int limit, int offset, LocalDateTime now) {
        String order = type == DbType.POSTGRESQL
                ? "target_chat_key COLLATE \"C\", target_user_id COLLATE \"C\", data_key COLLATE \"C\""
                : "target_chat_key, target_user_id, data_key";
        return em.createNativeQuery("SELECT * FROM plugin_data WHERE plugin_key = ?1 AND " + LIVE
                        + " ORDER BY " + order + " LIMIT " + limit + " OFFSET " + offset, PluginData.class)
                .setParameter(1, plugin)
                .setParameter(6, Timestamp.valueOf(now))
                .getResultList();
    }

    /** Deletes every row of a plugin, in every scope. */
    public int deletePlugin(String plugin) {
        return deleteEntries(plugin, null, null);
    }

    /** The number of live entries of a plugin, in every scope. */
    public long countLive(String plugin, LocalDateTime now) {
        return em.createNamedQuery(PluginData.COUNT_LIVE, Long.class)
                .setParameter("plugin", plugin)
                .setParameter("now", now)
                .getSingleResult();
    }

    /** Deletes the rows that expired at or before {@code now}; returns how many. */
    public int purgeExpired(LocalDateTime now) {
        return em.createNativeQuery("DELETE FROM plugin_data WHERE expire_time <= ?1")
                .setParameter(1, Timestamp.valueOf(now))
                .executeUpdate();
    }

    private Query write(String sql, StoreKey key, String value, LocalDateTime now, LocalDateTime expireTime) {
        // A null parameter reaches PostgreSQL typed as text, which a timestamp column refuses.
        String typed = type == DbType.POSTGRESQL ? sql.replace("?7", "CAST(?7 AS TIMESTAMP)") : sql;
        return bindKey(em.createNativeQuery(typed), key)
                .setParameter(5, value)
                .setParameter(6, Timestamp.valueOf(now))
                .setParameter(7, expireTime == null ? null : Timestamp.valueOf(expireTime));
    }

    private static Query bindKey(Query query, StoreKey key) {
        return query.setParameter(1, key.plugin())
                .setParameter(2, key.chatKey())
                .setParameter(3, key.userKey())
                .setParameter(4, key.key());
    }

    // Our write holds the row's lock until commit, so this reads exactly what we wrote.
    private PluginData reread(StoreKey key, LocalDateTime now) {
        return find(key, now).orElseThrow(() -> new IllegalStateException("row vanished after a write: " + key));
    }
}
