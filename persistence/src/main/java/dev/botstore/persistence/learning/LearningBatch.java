package dev.botstore.persistence.learning;

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
 * Table {@code learning_batches} of the original (learning.py). One learning batch run per group:
 * optional unique external batch id, name, start/end time, message/filtered/processed counts, quality
 * score, success flag, error message and status.
 */
@Entity
@Table(name = "learning_batches", indexes = {
        @Index(name = "idx_batch_name", columnList = "batch_name"),
        @Index(name = "idx_learning_batch_group", columnList = "group_id"),
        @Index(name = "idx_learning_batch_id", columnList = "batch_id"),
        @Index(name = "ix_learning_batches_batch_id", columnList = "batch_id", unique = true),
        @Index(name = "ix_learning_batches_batch_name", columnList = "batch_name"),
        @Index(name = "ix_learning_batches_group_id", columnList = "group_id")})
public class LearningBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "batch_id", length = 255)
    private String batchId;

    @Column(name = "batch_name", length = 255, nullable = false)
    private String batchName;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "start_time", nullable = false)
    @EpochTime
    private Double startTime;

    @Column(name = "end_time")
    @EpochTime
    private Double endTime;

    @Column(name = "quality_score")
    private Double qualityScore;

    @Column(name = "processed_messages")
    private Integer processedMessages = 0;

    @Column(name = "message_count")
    private Integer messageCount = 0;

    @Column(name = "filtered_count")
    private Integer filteredCount = 0;

    @Column(name = "success")
    private Boolean success = true;

    @Column(name = "error_message", columnDefinition = "TEXT")
    private String errorMessage;

    @Column(name = "status", length = 50)
    private String status = "pending";

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
    }

    public String getBatchId() {
        return batchId;
    }

    public void setBatchId(String batchId) {
        this.batchId = batchId;
    }

    public String getBatchName() {
        return batchName;
    }

    public void setBatchName(String batchName) {
        this.batchName = batchName;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Double getStartTime() {
        return startTime;
    }

    public void setStartTime(Double startTime) {
        this.startTime = startTime;
    }

    public Double getEndTime() {
        return endTime;
    }

    public void setEndTime(Double endTime) {
        this.endTime = endTime;
    }

    public Double getQualityScore() {
        return qualityScore;
    }

    public void setQualityScore(Double qualityScore) {
        this.qualityScore = qualityScore;
    }

    public Integer getProcessedMessages() {
        return processedMessages;
    }

    public void setProcessedMessages(Integer processedMessages) {
        this.processedMessages = processedMessages;
    }

    public Integer getMessageCount() {
        return messageCount;
    }

    public void setMessageCount(Integer messageCount) {
        this.messageCount = messageCount;
    }

    public Integer getFilteredCount() {
        return filteredCount;
    }

    public void setFilteredCount(Integer filteredCount) {
        this.filteredCount = filteredCount;
    }

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
