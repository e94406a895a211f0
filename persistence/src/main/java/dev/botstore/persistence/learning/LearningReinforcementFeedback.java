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
 * Table {@code learning_reinforcement_feedback} of the original (learning.py). Feedback entries
 * (positive/negative/neutral) about learning outcomes with an effectiveness score and application
 * time.
 */
@Entity
@Table(name = "learning_reinforcement_feedback", indexes = {
        @Index(name = "idx_feedback_type", columnList = "feedback_type"),
        @Index(name = "idx_reinforcement_feedback_applied_at", columnList = "applied_at"),
        @Index(name = "idx_reinforcement_feedback_group", columnList = "group_id"),
        @Index(name = "ix_learning_reinforcement_feedback_group_id", columnList = "group_id")})
public class LearningReinforcementFeedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "feedback_type", length = 100, nullable = false)
    private String feedbackType;

    @Column(name = "feedback_content", columnDefinition = "TEXT")
    private String feedbackContent;

    @Column(name = "effectiveness_score")
    private Double effectivenessScore;

    @Column(name = "applied_at", nullable = false)
    @EpochTime
    private Double appliedAt;

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

    public String getFeedbackType() {
        return feedbackType;
    }

    public void setFeedbackType(String feedbackType) {
        this.feedbackType = feedbackType;
    }

    public String getFeedbackContent() {
        return feedbackContent;
    }

    public void setFeedbackContent(String feedbackContent) {
        this.feedbackContent = feedbackContent;
    }

    public Double getEffectivenessScore() {
        return effectivenessScore;
    }

    public void setEffectivenessScore(Double effectivenessScore) {
        this.effectivenessScore = effectivenessScore;
    }

    public Double getAppliedAt() {
        return appliedAt;
    }

    public void setAppliedAt(Double appliedAt) {
        this.appliedAt = appliedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
