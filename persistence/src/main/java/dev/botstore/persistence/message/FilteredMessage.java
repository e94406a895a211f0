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
 * Table {@code filtered_messages} of the original (message.py). Messages that passed the quality
 * filter, with a confidence value, a JSON object of quality scores and the filter reason;
 * raw_message_id points back to raw_messages.id only logically (no FK).
 */
@Entity
@Table(name = "filtered_messages", indexes = {
        @Index(name = "idx_filtered_group", columnList = "group_id"),
        @Index(name = "idx_filtered_processed", columnList = "processed"),
        @Index(name = "idx_filtered_sender", columnList = "sender_id"),
        @Index(name = "idx_filtered_timestamp", columnList = "timestamp"),
        @Index(name = "ix_filtered_messages_group_id", columnList = "group_id"),
        @Index(name = "ix_filtered_messages_sender_id", columnList = "sender_id")})
public class FilteredMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "raw_message_id")
    private Integer rawMessageId;

    @Column(name = "message", columnDefinition = "TEXT NOT NULL")
    private String message;

    @Column(name = "sender_id", length = 255, nullable = false)
    private String senderId;

    @Column(name = "group_id", length = 255)
    private String groupId;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Long timestamp;

    @Column(name = "confidence")
    private Double confidence;

    @Column(name = "quality_scores", columnDefinition = "TEXT")
    private String qualityScores;

    @Column(name = "filter_reason", columnDefinition = "TEXT")
    private String filterReason;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "processed")
    private Boolean processed = false;

    public Integer getId() {
        return id;
    }

    public Integer getRawMessageId() {
        return rawMessageId;
    }

    public void setRawMessageId(Integer rawMessageId) {
        this.rawMessageId = rawMessageId;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }

    public Double getConfidence() {
        return confidence;
    }

    public void setConfidence(Double confidence) {
        this.confidence = confidence;
    }

    public String getQualityScores() {
        return qualityScores;
    }

    public void setQualityScores(String qualityScores) {
        this.qualityScores = qualityScores;
    }

    public String getFilterReason() {
        return filterReason;
    }

    public void setFilterReason(String filterReason) {
        this.filterReason = filterReason;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Boolean getProcessed() {
        return processed;
    }

    public void setProcessed(Boolean processed) {
        this.processed = processed;
    }
}
