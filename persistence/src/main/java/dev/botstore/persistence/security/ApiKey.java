package dev.botstore.persistence.security;

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
 * An API key of Botstore's own (not a table of the original plugin). Only the SHA-256 hash of the
 * secret is kept: a leaked table gives nobody a working key. Times are UTC wall-clock values.
 */
@Entity
@Table(name = ApiKey.TABLE, indexes = @Index(name = "uq_botstore_api_keys_hash", unique = true, columnList = "key_hash"))
@NamedQuery(name = ApiKey.BY_HASH, query = "SELECT k FROM ApiKey k WHERE k.keyHash = :hash")
@NamedQuery(name = ApiKey.ALL, query = "SELECT k FROM ApiKey k ORDER BY k.id")
@NamedQuery(name = ApiKey.COUNT, query = "SELECT COUNT(k) FROM ApiKey k")
@NamedQuery(name = ApiKey.NOTE_USE, query = "UPDATE ApiKey k SET k.lastUsedAt = :now"
        + " WHERE k.id = :id AND (k.lastUsedAt IS NULL OR k.lastUsedAt < :notedBefore)")
public class ApiKey {

    public static final String TABLE = "botstore_api_keys";
    static final String BY_HASH = "ApiKey.byHash";
    static final String ALL = "ApiKey.all";
    static final String COUNT = "ApiKey.count";
    static final String NOTE_USE = "ApiKey.noteUse";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "role", length = 16, nullable = false)
    private String role;

    @Column(name = "plugin", length = 128)
    private String plugin;

    /** Lower-case hex SHA-256 of the secret. */
    @Column(name = "key_hash", length = 64, nullable = false)
    private String keyHash;

    /** The secret's first characters, to tell keys apart in a listing. */
    @Column(name = "key_prefix", length = 16, nullable = false)
    private String keyPrefix;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    @Column(name = "last_used_at")
    private LocalDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private LocalDateTime revokedAt;

    protected ApiKey() {
    }

    public ApiKey(String name, String role, String plugin, String keyHash, String keyPrefix, LocalDateTime createdAt) {
        this.name = name;
        this.role = role;
        this.plugin = plugin;
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getPlugin() {
        return plugin;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public LocalDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public LocalDateTime getRevokedAt() {
        return revokedAt;
    }

    public void setLastUsedAt(LocalDateTime lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
    }

    public void setRevokedAt(LocalDateTime revokedAt) {
        this.revokedAt = revokedAt;
    }
}
