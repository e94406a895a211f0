package dev.botstore.persistence.pluginstore;

import dev.botstore.persistence.schema.MySqlType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One entry of the plugin key-value store. Keeps the columns of Nekro Agent's {@code plugin_data}
 * table so that an existing table is adopted in place; {@code version} is Botstore's addition.
 * Times are UTC wall-clock values.
 *
 * <p>The natural key is unique in the database: concurrent writers rely on it, not on a check in code.
 */
@Entity
@Table(name = "plugin_data", indexes = {
        @Index(name = PluginData.NATURAL_KEY, unique = true,
                columnList = "plugin_key, target_chat_key, target_user_id, data_key"),
        @Index(name = "idx_plugin_data_expire_time", columnList = "expire_time")})
@NamedQuery(name = PluginData.FIND, query = "SELECT d FROM PluginData d WHERE d.pluginKey = :plugin"
        + " AND d.chatKey = :chat AND d.userKey = :user AND d.dataKey = :key" + PluginData.LIVE)
@NamedQuery(name = PluginData.COUNT_LIVE, query = "SELECT COUNT(d) FROM PluginData d WHERE d.pluginKey = :plugin"
        + PluginData.LIVE)
public class PluginData {

    public static final String NATURAL_KEY = "uq_plugin_data_scope_key";
    static final String LIVE = " AND (d.expireTime IS NULL OR d.expireTime > :now)";
    static final String FIND = "PluginData.find";
    static final String COUNT_LIVE = "PluginData.countLive";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    // Keys compare byte for byte everywhere; MySQL's default collation ignores case, and its
    // utf8mb4_bin trailing spaces: the schema sync puts the server's binary collation that does not pad.
    @Column(name = "plugin_key", length = 128, nullable = false)
    @MySqlType("VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL")
    private String pluginKey;

    @Column(name = "target_chat_key", length = 256, nullable = false)
    @MySqlType("VARCHAR(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ''")
    private String chatKey;

    @Column(name = "target_user_id", length = 256, nullable = false)
    @MySqlType("VARCHAR(256) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL DEFAULT ''")
    private String userKey;

    @Column(name = "data_key", length = 128, nullable = false)
    @MySqlType("VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL")
    private String dataKey;

    @Column(name = "data_value", columnDefinition = "TEXT NOT NULL")
    @MySqlType("LONGTEXT NOT NULL")
    private String dataValue;

    // A default, so that adding the column to an adopted table with rows succeeds.
    @Column(name = "version", columnDefinition = "BIGINT DEFAULT 1 NOT NULL")
    private long version;

    @Column(name = "create_time", nullable = false)
    private LocalDateTime createTime;

    @Column(name = "update_time", nullable = false)
    private LocalDateTime updateTime;

    /** Botstore's addition: when a value written with a time to live stops being visible; null = never. */
    @Column(name = "expire_time")
    private LocalDateTime expireTime;

    protected PluginData() {
        // for JPA
    }

    public Long getId() {
        return id;
    }

    public String getPluginKey() {
        return pluginKey;
    }

    public String getChatKey() {
        return chatKey;
    }

    public String getUserKey() {
        return userKey;
    }

    public String getDataKey() {
        return dataKey;
    }

    public String getDataValue() {
        return dataValue;
    }

    public long getVersion() {
        return version;
    }

    public LocalDateTime getCreateTime() {
        return createTime;
    }

    public LocalDateTime getUpdateTime() {
        return updateTime;
    }

    public LocalDateTime getExpireTime() {
        return expireTime;
    }
}
