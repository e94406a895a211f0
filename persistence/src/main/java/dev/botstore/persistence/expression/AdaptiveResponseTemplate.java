package dev.botstore.persistence.expression;

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
 * Table {@code adaptive_response_templates} of the original (expression.py). Response templates
 * containing placeholders, with JSON trigger patterns, usage count, success rate and last adaptation
 * time.
 */
@Entity
@Table(name = "adaptive_response_templates", indexes = {
        @Index(name = "idx_template_adapted", columnList = "last_adapted_at"),
        @Index(name = "idx_template_group", columnList = "group_id"),
        @Index(name = "idx_template_success", columnList = "success_rate"),
        @Index(name = "idx_template_usage", columnList = "usage_count"),
        @Index(name = "ix_adaptive_response_templates_group_id", columnList = "group_id")})
public class AdaptiveResponseTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "template_text", columnDefinition = "TEXT NOT NULL")
    private String templateText;

    @Column(name = "trigger_patterns", columnDefinition = "TEXT NOT NULL")
    private String triggerPatterns;

    @Column(name = "usage_count")
    private Integer usageCount = 0;

    @Column(name = "success_rate")
    private Double successRate;

    @Column(name = "last_adapted_at", nullable = false)
    @EpochTime
    private Double lastAdaptedAt;

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

    public String getTemplateText() {
        return templateText;
    }

    public void setTemplateText(String templateText) {
        this.templateText = templateText;
    }

    public String getTriggerPatterns() {
        return triggerPatterns;
    }

    public void setTriggerPatterns(String triggerPatterns) {
        this.triggerPatterns = triggerPatterns;
    }

    public Integer getUsageCount() {
        return usageCount;
    }

    public void setUsageCount(Integer usageCount) {
        this.usageCount = usageCount;
    }

    public Double getSuccessRate() {
        return successRate;
    }

    public void setSuccessRate(Double successRate) {
        this.successRate = successRate;
    }

    public Double getLastAdaptedAt() {
        return lastAdaptedAt;
    }

    public void setLastAdaptedAt(Double lastAdaptedAt) {
        this.lastAdaptedAt = lastAdaptedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
