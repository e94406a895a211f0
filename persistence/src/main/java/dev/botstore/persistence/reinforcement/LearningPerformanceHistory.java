package dev.botstore.persistence.reinforcement;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * {@code LearningPerformanceHistory} of the original plugin, table {@code learning_performance_history}.
 * Performance of one learning session of a group: quality score, learning time (a duration in seconds),
 * success and the successful and failed patterns. {@code timestamp} and {@code created_at} are epoch seconds.
 */
@Entity
@Table(name = "learning_performance_history", indexes = {
        @Index(name = "idx_performance_group", columnList = "group_id"),
        @Index(name = "idx_performance_session", columnList = "session_id"),
        @Index(name = "idx_performance_timestamp", columnList = "timestamp"),
        @Index(name = "ix_learning_performance_history_group_id", columnList = "group_id")
})
public class LearningPerformanceHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "session_id", length = 255)
    private String sessionId;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Long timestamp;

    @Column(name = "quality_score")
    private Double qualityScore;

    @Column(name = "learning_time")
    private Double learningTime;

    @Column(name = "success")
    private Boolean success;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "successful_pattern", columnDefinition = "TEXT")
    private String successfulPattern;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "failed_pattern", columnDefinition = "TEXT")
    private String failedPattern;

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

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }

    public Double getQualityScore() {
        return qualityScore;
    }

    public void setQualityScore(Double qualityScore) {
        this.qualityScore = qualityScore;
    }

    public Double getLearningTime() {
        return learningTime;
    }

    public void setLearningTime(Double learningTime) {
        this.learningTime = learningTime;
    }

    public Boolean getSuccess() {
        return success;
    }

    public void setSuccess(Boolean success) {
        this.success = success;
    }

    public String getSuccessfulPattern() {
        return successfulPattern;
    }

    public void setSuccessfulPattern(String successfulPattern) {
        this.successfulPattern = successfulPattern;
    }

    public String getFailedPattern() {
        return failedPattern;
    }

    public void setFailedPattern(String failedPattern) {
        this.failedPattern = failedPattern;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }
}
