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
 * Table {@code learning_optimization_log} of the original (learning.py). History of learning-
 * parameter/strategy optimisations with JSON parameters and before/after metrics and the improvement
 * rate.
 */
@Entity
@Table(name = "learning_optimization_log", indexes = {
        @Index(name = "idx_learning_optimization_applied_at", columnList = "applied_at"),
        @Index(name = "idx_learning_optimization_group", columnList = "group_id"),
        @Index(name = "idx_optimization_type", columnList = "optimization_type"),
        @Index(name = "ix_learning_optimization_log_group_id", columnList = "group_id")})
public class LearningOptimizationLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "optimization_type", length = 100, nullable = false)
    private String optimizationType;

    @Column(name = "parameters", columnDefinition = "TEXT")
    private String parameters;

    @Column(name = "before_metrics", columnDefinition = "TEXT")
    private String beforeMetrics;

    @Column(name = "after_metrics", columnDefinition = "TEXT")
    private String afterMetrics;

    @Column(name = "improvement_rate")
    private Double improvementRate;

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

    public String getOptimizationType() {
        return optimizationType;
    }

    public void setOptimizationType(String optimizationType) {
        this.optimizationType = optimizationType;
    }

    public String getParameters() {
        return parameters;
    }

    public void setParameters(String parameters) {
        this.parameters = parameters;
    }

    public String getBeforeMetrics() {
        return beforeMetrics;
    }

    public void setBeforeMetrics(String beforeMetrics) {
        this.beforeMetrics = beforeMetrics;
    }

    public String getAfterMetrics() {
        return afterMetrics;
    }

    public void setAfterMetrics(String afterMetrics) {
        this.afterMetrics = afterMetrics;
    }

    public Double getImprovementRate() {
        return improvementRate;
    }

    public void setImprovementRate(Double improvementRate) {
        this.improvementRate = improvementRate;
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
