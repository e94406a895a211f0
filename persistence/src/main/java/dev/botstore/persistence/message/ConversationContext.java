package dev.botstore.persistence.message;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Table {@code conversation_context} of the original (message.py). Rolling conversation context per
 * group and user: a JSON window of recent messages, the current topic and sentiment, and an optional
 * binary embedding.
 */
@Entity
@Table(name = "conversation_context", indexes = {
        @Index(name = "idx_context_group", columnList = "group_id"),
        @Index(name = "idx_context_updated", columnList = "last_updated"),
        @Index(name = "idx_context_user", columnList = "user_id"),
        @Index(name = "ix_conversation_context_group_id", columnList = "group_id"),
        @Index(name = "ix_conversation_context_user_id", columnList = "user_id")})
public class ConversationContext {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "context_window", columnDefinition = "TEXT NOT NULL")
    private String contextWindow;

    @Column(name = "topic", length = 255)
    private String topic;

    @Column(name = "sentiment", length = 100)
    private String sentiment;

    @Column(name = "context_embedding")
    private byte[] contextEmbedding;

    @Column(name = "last_updated", nullable = false)
    @EpochTime
    private Double lastUpdated;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

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

    public String getContextWindow() {
        return contextWindow;
    }

    public void setContextWindow(String contextWindow) {
        this.contextWindow = contextWindow;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = sentiment;
    }

    public byte[] getContextEmbedding() {
        return contextEmbedding;
    }

    public void setContextEmbedding(byte[] contextEmbedding) {
        this.contextEmbedding = contextEmbedding;
    }

    public Double getLastUpdated() {
        return lastUpdated;
    }

    public void setLastUpdated(Double lastUpdated) {
        this.lastUpdated = lastUpdated;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
