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
 * Table {@code learning_sessions} of the original (learning.py). One learning session per group with a
 * unique session id, optional logical link to a batch (batch_id, no FK), time window, message count,
 * quality and status.
 */
@Entity
@Table(name = "learning_sessions", indexes = {
        @Index(name = "idx_learning_session_batch_id", columnList = "batch_id"),
        @Index(name = "idx_learning_session_group", columnList = "group_id"),
        @Index(name = "idx_session_id", columnList = "session_id"),
        @Index(name = "ix_learning_sessions_group_id", columnList = "group_id"),
        @Index(name = "ix_learning_sessions_session_id", columnList = "session_id", unique = true)})
public class LearningSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "session_id", length = 255, nullable = false)
    private String sessionId;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "batch_id", length = 255)
    private String batchId;

    @Column(name = "start_time", nullable = false)
    @EpochTime
    private Double startTime;

    @Column(name = "end_time")
    @EpochTime
    private Double endTime;

    @Column(name = "message_count")
    private Integer messageCount = 0;

    @Column(name = "learning_quality")
    private Double learningQuality;

    @Column(name = "status", length = 50)
    private String status = "active";

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getBatchId() {
        return batchId;
    }

    public void setBatchId(String batchId) {
        this.batchId = batchId;
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

    public Integer getMessageCount() {
        return messageCount;
    }

    public void setMessageCount(Integer messageCount) {
        this.messageCount = messageCount;
    }

    public Double getLearningQuality() {
        return learningQuality;
    }

    public void setLearningQuality(Double learningQuality) {
        this.learningQuality = learningQuality;
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
