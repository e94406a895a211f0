package dev.botstore.persistence.pluginstore;

import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StoreScope;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statements of the plugin key-value store, on the caller's connection and in the caller's
 * transaction. The store is the hot path of Botstore, so it speaks JDBC: a read is one prepared
 * SELECT whose row becomes a {@link StoreRow} (no entity is built or tracked), and every write is one
 * statement in each backend's own dialect (an atomic upsert, a conditional insert or a
 * compare-and-set update) that hands the written row back where the backend can ({@code RETURNING});
 * concurrent writers of one key never collide on the unique key and nothing is check-then-insert.
 *
 * <p>An entry whose {@code expire_time} has passed is absent: reads skip it, and a write treats it
 * as missing (the entry starts again at version 1). {@link #purgeExpired} removes such rows.
 *
 * <p>Database failures surface as {@link SQLException}, which the caller's transaction bean
 * translates; the retry of transient ones (a MySQL deadlock between two creators) is the facade's.
 */
public final class PluginDataStore {

    private static final String KEY = "plugin_key = ? AND target_chat_key = ? AND target_user_id = ? AND data_key = ?";
    private static final String LIVE = "(expire_time IS NULL OR expire_time > ?)";
    private static final String COLUMNS = "target_chat_key, target_user_id, data_key, data_value, version,"
            + " create_time, update_time, expire_time";
    private static final String WRITTEN = "version, create_time";
    private static final String INSERT = "INSERT INTO plugin_data (plugin_key, target_chat_key, target_user_id,"
            + " data_key, data_value, version, create_time, update_time, expire_time)";
    private static final String VALUES = " VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?)";
    private static final String CONFLICT = " ON CONFLICT (plugin_key, target_chat_key, target_user_id, data_key)";
    private static final String EXPIRED = "plugin_data.expire_time <= excluded.update_time";

    private static final String FIND = "SELECT " + COLUMNS + " FROM plugin_data WHERE " + KEY + " AND " + LIVE;

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
    private static final String CREATE_MYSQL = INSERT + " SELECT ?, ?, ?, ?, ?, 1, ?, ?, ? FROM DUAL"
            + " WHERE NOT EXISTS (SELECT 1 FROM plugin_data WHERE " + KEY + " AND " + LIVE + ")"
            + " ON DUPLICATE KEY UPDATE version = 1, create_time = VALUES(create_time),"
            + " data_value = VALUES(data_value), update_time = VALUES(update_time), expire_time = VALUES(expire_time)";

    private static final String REPLACE = "UPDATE plugin_data SET data_value = ?, version = version + 1,"
            + " update_time = ?, expire_time = ? WHERE " + KEY + " AND " + LIVE;

    private static final String DELETE = "DELETE FROM plugin_data WHERE " + KEY + " AND " + LIVE;

    private final Connection connection;
    private final SqlDialect dialect;

    public PluginDataStore(Connection connection, SqlDialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    /** The live entry of {@code key}, if any. */
    public Optional<StoreRow> find(StoreKey key, LocalDateTime now) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(FIND)) {
            int next = bindKey(select, 1, key);
            dialect.setDateTime(select, next, now);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        }
    }

    /** Creates or replaces the value; returns the row as it now stands (version 1 means created). */
    public StoreRow upsert(StoreKey key, String value, LocalDateTime now, LocalDateTime expireTime)
            throws SQLException {
        String sql = mysql() ? UPSERT_MYSQL : UPSERT_STANDARD + dialect.returning(WRITTEN);
        try (PreparedStatement upsert = connection.prepareStatement(sql)) {
            bindInsert(upsert, key, value, now, expireTime);
            return written(upsert, key, value, now, expireTime).orElseThrow(() -> vanished(key));
        }
    }

    /** Creates the entry only if it has no live value; empty when it has one. */
    public Optional<StoreRow> create(StoreKey key, String value, LocalDateTime now, LocalDateTime expireTime)
            throws SQLException {
        String sql = mysql() ? CREATE_MYSQL : CREATE_STANDARD + dialect.returning(WRITTEN);
        try (PreparedStatement create = connection.prepareStatement(sql)) {
            int next = bindInsert(create, key, value, now, expireTime);
            if (mysql()) {
                next = bindKey(create, next, key);
                dialect.setDateTime(create, next, now);
            }
            return written(create, key, value, now, expireTime);
        }
    }

    /**
     * Replaces the value of a live entry, only at {@code version} when that is not null
     * (compare-and-set); empty when there is no such entry.
     */
    public Optional<StoreRow> replace(StoreKey key, String value, LocalDateTime now, LocalDateTime expireTime,
                                      Long version) throws SQLException {
        String sql = (version == null ? REPLACE : REPLACE + " AND version = ?") + dialect.returning(WRITTEN);
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, value);
            dialect.setDateTime(update, 2, now);
            dialect.setDateTime(update, 3, dialect.notBefore(expireTime));
            int next = bindKey(update, 4, key);
            dialect.setDateTime(update, next++, now);
            if (version != null) {
                update.setLong(next, version);
            }
            return written(update, key, value, now, expireTime);
        }
    }

    /** Deletes the live entry, only at {@code version} when that is not null; false when nothing matched. */
    public boolean delete(StoreKey key, LocalDateTime now, Long version) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(version == null ? DELETE : DELETE + " AND version = ?")) {
            int next = bindKey(delete, 1, key);
            dialect.setDateTime(delete, next++, now);
            if (version != null) {
                delete.setLong(next, version);
            }
            return delete.executeUpdate() > 0;
        }
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
    public List<StoreRow> list(StoreScope scope, String prefix, String afterKey, int limit, long valueBudget,
                               LocalDateTime now) throws SQLException {
        String column = dialect.codePointOrder("data_key");
        List<Object> parameters = new ArrayList<>(List.of(scope.plugin(), scope.chatKey(), scope.userKey(), now));
        StringBuilder where = new StringBuilder(" FROM plugin_data WHERE plugin_key = ?"
                + " AND target_chat_key = ? AND target_user_id = ? AND " + LIVE);
        if (!prefix.isEmpty()) {
            // SUBSTR, not LIKE: SQLite's LIKE ignores case, and no escaping is needed.
            where.append(" AND SUBSTR(data_key, 1, ?) = ?");
            parameters.add(prefix.length());
            parameters.add(prefix);
        }
        if (afterKey != null) {
            where.append(" AND ").append(column).append(" > ?");
            parameters.add(afterKey);
        }
        where.append(" ORDER BY ").append(column).append(" LIMIT ").append(limit);
        String select;
        if (valueBudget > 0) {
            select = "SELECT " + COLUMNS + " FROM plugin_data d JOIN (SELECT id, SUM(value_bytes) OVER (ORDER BY "
                    + column + ") - value_bytes AS bytes_before FROM (SELECT id, data_key, "
                    + dialect.byteLength("data_value") + " AS value_bytes" + where + ") k) w"
                    + " ON d.id = w.id WHERE w.bytes_before < ? ORDER BY " + dialect.codePointOrder("d.data_key");
            parameters.add(valueBudget);
        } else {
            select = "SELECT target_chat_key, target_user_id, data_key, '' AS data_value, version,"
                    + " create_time, update_time, expire_time" + where;
        }
        return rows(select, parameters);
    }

    /** Deletes every row of a plugin in one chat and/or of one user; null matches any. */
    public int deleteEntries(String plugin, String chatKey, String userKey) throws SQLException {
        StringBuilder sql = new StringBuilder("DELETE FROM plugin_data WHERE plugin_key = ?");
        List<Object> parameters = new ArrayList<>(List.of(plugin));
        if (chatKey != null) {
            sql.append(" AND target_chat_key = ?");
            parameters.add(chatKey);
        }
        if (userKey != null) {
            sql.append(" AND target_user_id = ?");
            parameters.add(userKey);
        }
        return update(sql.toString(), parameters);
    }

    /** Deletes every row of one chat, in every plugin and for every user. */
    public int deleteChat(String chatKey) throws SQLException {
        return update("DELETE FROM plugin_data WHERE target_chat_key = ?", List.of(chatKey));
    }

    /** A page of a plugin's live rows in every scope, by chat, user and key in code-point order. */
    public List<StoreRow> entries(String plugin, int limit, int offset, LocalDateTime now) throws SQLException {
        String order = dialect.codePointOrder("target_chat_key") + ", " + dialect.codePointOrder("target_user_id") + ", "
                + dialect.codePointOrder("data_key");
        return rows("SELECT " + COLUMNS + " FROM plugin_data WHERE plugin_key = ? AND " + LIVE
                + " ORDER BY " + order + " LIMIT " + limit + " OFFSET " + offset, List.of(plugin, now));
    }

    /** Deletes every row of a plugin, in every scope. */
    public int deletePlugin(String plugin) throws SQLException {
        return deleteEntries(plugin, null, null);
    }

    /** The number of live entries of a plugin, in every scope. */
    public long countLive(String plugin, LocalDateTime now) throws SQLException {
        try (PreparedStatement count = prepare("SELECT COUNT(*) FROM plugin_data WHERE plugin_key = ? AND " + LIVE,
                List.of(plugin, now)); ResultSet rows = count.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Deletes the rows that expired at or before {@code now}; returns how many. */
    public int purgeExpired(LocalDateTime now) throws SQLException {
        return update("DELETE FROM plugin_data WHERE expire_time <= ?", List.of(now));
    }

    /**
     * The row a write left: from its RETURNING clause, or read again on MySQL (our write holds the
     * row's lock until commit, so this reads exactly what we wrote). Empty when the write matched
     * nothing.
     */
    private Optional<StoreRow> written(PreparedStatement write, StoreKey key, String value, LocalDateTime now,
                                       LocalDateTime expireTime) throws SQLException {
        if (!dialect.returnsWrittenRows()) {
            return write.executeUpdate() == 0 ? Optional.empty() : Optional.of(find(key, now).orElseThrow(() -> vanished(key)));
        }
        try (ResultSet rows = write.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            return Optional.of(new StoreRow(key.chatKey(), key.userKey(), key.key(), value, rows.getLong("version"),
                    dialect.getDateTime(rows, "create_time"), now, dialect.notBefore(expireTime)));
        }
    }

    private int bindInsert(PreparedStatement insert, StoreKey key, String value, LocalDateTime now,
                           LocalDateTime expireTime) throws SQLException {
        int next = bindKey(insert, 1, key);
        insert.setString(next++, value);
        dialect.setDateTime(insert, next++, now);
        dialect.setDateTime(insert, next++, now);
        dialect.setDateTime(insert, next++, dialect.notBefore(expireTime));
        return next;
    }

    /** Binds the four parts of the key from {@code index} on; returns the next free index. */
    private static int bindKey(PreparedStatement statement, int index, StoreKey key) throws SQLException {
        statement.setString(index, key.plugin());
        statement.setString(index + 1, key.chatKey());
        statement.setString(index + 2, key.userKey());
        statement.setString(index + 3, key.key());
        return index + 4;
    }

    private List<StoreRow> rows(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement select = prepare(sql, parameters); ResultSet rows = select.executeQuery()) {
            List<StoreRow> result = new ArrayList<>();
            while (rows.next()) {
                result.add(row(rows));
            }
            return result;
        }
    }

    private int update(String sql, List<Object> parameters) throws SQLException {
        try (PreparedStatement update = prepare(sql, parameters)) {
            return update.executeUpdate();
        }
    }

    private PreparedStatement prepare(String sql, List<Object> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                Object parameter = parameters.get(i);
                if (parameter instanceof LocalDateTime time) {
                    dialect.setDateTime(statement, i + 1, time);
                } else {
                    statement.setObject(i + 1, parameter);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private StoreRow row(ResultSet rows) throws SQLException {
        return new StoreRow(rows.getString("target_chat_key"), rows.getString("target_user_id"),
                rows.getString("data_key"), rows.getString("data_value"), rows.getLong("version"),
                dialect.getDateTime(rows, "create_time"), dialect.getDateTime(rows, "update_time"),
                dialect.getDateTime(rows, "expire_time"));
    }

    /** MySQL's statements of their own: ON DUPLICATE KEY, and no conditional upsert. */
    private boolean mysql() {
        return dialect.type() == DbType.MYSQL;
    }

    private static IllegalStateException vanished(StoreKey key) {
        return new IllegalStateException("row vanished after a write: " + key);
    }
}
