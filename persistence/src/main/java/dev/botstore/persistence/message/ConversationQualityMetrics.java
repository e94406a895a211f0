package dev.botstore.persistence.message;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Table {@code conversation_quality_metrics} of the original (message.py). Quality scores (coherence,
 * relevance, engagement, sentiment alignment) computed for one bot message (FK to bot_messages).
 */
@Entity
@Table(name = "conversation_quality_metrics", indexes = {
        @Index(name = "idx_quality_calculated", columnList = "calculated_at"),
        @Index(name = "idx_quality_group", columnList = "group_id"),
        @Index(name = "idx_quality_message", columnList = "message_id"),
        @Index(name = "ix_conversation_quality_metrics_group_id", columnList = "group_id"),
        @Index(name = "ix_conversation_quality_metrics_message_id", columnList = "message_id")})
public class ConversationQualityMetrics {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "message_id", nullable = false)
    private Integer messageId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "message_id", insertable = false, updatable = false)
    private BotMessage botMessage;

    @Column(name = "coherence_score")
    private Double coherenceScore;

    @Column(name = "relevance_score")
    private Double relevanceScore;

    @Column(name = "engagement_score")
    private Double engagementScore;

    @Column(name = "sentiment_alignment")
    private Double sentimentAlignment;

    @Column(name = "calculated_at", nullable = false)
    @EpochTime
    private Double calculatedAt;

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

    public Integer getMessageId() {
        return messageId;
    }

    public void setMessageId(Integer messageId) {
        this.messageId = messageId;
    }

    public BotMessage getBotMessage() {
        return botMessage;
    }

    public Double getCoherenceScore() {
        return coherenceScore;
    }

    public void setCoherenceScore(Double coherenceScore) {
        this.coherenceScore = coherenceScore;
    }

    public Double getRelevanceScore() {
        return relevanceScore;
    }

    public void setRelevanceScore(Double relevanceScore) {
        this.relevanceScore = relevanceScore;
    }

    public Double getEngagementScore() {
        return engagementScore;
    }

    public void setEngagementScore(Double engagementScore) {
        this.engagementScore = engagementScore;
    }

    public Double getSentimentAlignment() {
        return sentimentAlignment;
    }

    public void setSentimentAlignment(Double sentimentAlignment) {
        this.sentimentAlignment = sentimentAlignment;
    }

    public Double getCalculatedAt() {
        return calculatedAt;
    }

    public void setCalculatedAt(Double calculatedAt) {
        this.calculatedAt = calculatedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
