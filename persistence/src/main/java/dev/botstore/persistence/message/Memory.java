package dev.botstore.persistence.message;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Table {@code memories} of the original (memory.py). Per-user memory items in a group with importance
 * (integer, default 5), type and access statistics.
 */
@Entity
@Table(name = "memories", indexes = {
        @Index(name = "idx_group_user_memory", columnList = "group_id, user_id"),
        @Index(name = "idx_memory_accessed", columnList = "last_accessed"),
        @Index(name = "idx_memory_importance", columnList = "importance"),
        @Index(name = "ix_memories_group_id", columnList = "group_id"),
        @Index(name = "ix_memories_user_id", columnList = "user_id")})
public class Memory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "content", columnDefinition = "TEXT NOT NULL")
    private String content;

    @Column(name = "importance", nullable = false)
    private Integer importance = 5;

    @Column(name = "memory_type", length = 50)
    private String memoryType = "conversation";

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "last_accessed", nullable = false)
    @EpochTime
    private Long lastAccessed;

    @Column(name = "access_count", nullable = false)
    private Integer accessCount = 0;

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Integer getImportance() {
        return importance;
    }

    public void setImportance(Integer importance) {
        this.importance = importance;
    }

    public String getMemoryType() {
        return memoryType;
    }

    public void setMemoryType(String memoryType) {
        this.memoryType = memoryType;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getLastAccessed() {
        return lastAccessed;
    }

    public void setLastAccessed(Long lastAccessed) {
        this.lastAccessed = lastAccessed;
    }

    public Integer getAccessCount() {
        return accessCount;
    }

    public void setAccessCount(Integer accessCount) {
        this.accessCount = accessCount;
    }
}
