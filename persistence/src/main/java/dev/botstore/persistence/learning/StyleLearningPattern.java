package dev.botstore.persistence.learning;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Table {@code style_learning_patterns} of the original (learning.py). Approved style patterns per
 * group and pattern type, with usage counter, confidence and last-used time.
 */
@Entity
@Table(name = "style_learning_patterns", indexes = {
        @Index(name = "idx_group_pattern_type", columnList = "group_id, pattern_type"),
        @Index(name = "idx_pattern_last_used", columnList = "last_used"),
        @Index(name = "idx_pattern_usage", columnList = "usage_count"),
        @Index(name = "ix_style_learning_patterns_group_id", columnList = "group_id")})
public class StyleLearningPattern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 100, nullable = false)
    private String groupId;

    @Column(name = "pattern_type", length = 50, nullable = false)
    private String patternType;

    @Column(name = "pattern", columnDefinition = "TEXT NOT NULL")
    private String pattern;

    @Column(name = "usage_count")
    private Integer usageCount = 0;

    @Column(name = "confidence")
    private Double confidence = 1.0;

    @Column(name = "last_used")
    @EpochTime
    private Long lastUsed;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "updated_at", nullable = false)
    @EpochTime
    private Long updatedAt;

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getPatternType() {
        return patternType;
    }

    public void setPatternType(String patternType) {
        this.patternType = patternType;
    }

    public String getPattern() {
        return pattern;
    }

    public void setPattern(String pattern) {
        this.pattern = pattern;
    }

    public Integer getUsageCount() {
        return usageCount;
    }

    public void setUsageCount(Integer usageCount) {
        this.usageCount = usageCount;
    }

    public Double getConfidence() {
        return confidence;
    }

    public void setConfidence(Double confidence) {
        this.confidence = confidence;
    }

    public Long getLastUsed() {
        return lastUsed;
    }

    public void setLastUsed(Long lastUsed) {
        this.lastUsed = lastUsed;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
