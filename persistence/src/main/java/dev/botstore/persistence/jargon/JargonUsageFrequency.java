package dev.botstore.persistence.jargon;

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
 * Table {@code jargon_usage_frequency} of the original (jargon.py). Usage statistics of one jargon
 * term (FK to jargon) in one group: count, last use, success rate and JSON context types.
 */
@Entity
@Table(name = "jargon_usage_frequency", indexes = {
        @Index(name = "idx_usage_count", columnList = "usage_count"),
        @Index(name = "idx_usage_group", columnList = "group_id"),
        @Index(name = "idx_usage_jargon", columnList = "jargon_id"),
        @Index(name = "idx_usage_last_used", columnList = "last_used_at"),
        @Index(name = "ix_jargon_usage_frequency_group_id", columnList = "group_id"),
        @Index(name = "ix_jargon_usage_frequency_jargon_id", columnList = "jargon_id")})
public class JargonUsageFrequency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "jargon_id", nullable = false)
    private Jargon jargon;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "usage_count")
    private Integer usageCount = 0;

    @Column(name = "last_used_at", nullable = false)
    @EpochTime
    private Double lastUsedAt;

    @Column(name = "success_rate")
    private Double successRate;

    @Column(name = "context_types", columnDefinition = "TEXT")
    private String contextTypes;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
    }

    public Jargon getJargon() {
        return jargon;
    }

    public void setJargon(Jargon jargon) {
        this.jargon = jargon;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Integer getUsageCount() {
        return usageCount;
    }

    public void setUsageCount(Integer usageCount) {
        this.usageCount = usageCount;
    }

    public Double getLastUsedAt() {
        return lastUsedAt;
    }

    public void setLastUsedAt(Double lastUsedAt) {
        this.lastUsedAt = lastUsedAt;
    }

    public Double getSuccessRate() {
        return successRate;
    }

    public void setSuccessRate(Double successRate) {
        this.successRate = successRate;
    }

    public String getContextTypes() {
        return contextTypes;
    }

    public void setContextTypes(String contextTypes) {
        this.contextTypes = contextTypes;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
