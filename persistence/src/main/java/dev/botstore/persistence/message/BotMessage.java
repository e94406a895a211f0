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
 * Table {@code bot_messages} of the original (message.py). Messages the bot itself sent, per group,
 * used as context for later learning and quality scoring.
 */
@Entity
@Table(name = "bot_messages", indexes = {
        @Index(name = "idx_bot_group", columnList = "group_id"),
        @Index(name = "idx_bot_timestamp", columnList = "timestamp"),
        @Index(name = "ix_bot_messages_group_id", columnList = "group_id")})
public class BotMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "message", columnDefinition = "TEXT NOT NULL")
    private String message;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Long timestamp;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }
}
