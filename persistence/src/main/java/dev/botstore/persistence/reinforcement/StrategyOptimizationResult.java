package dev.botstore.persistence.reinforcement;

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
 * {@code StrategyOptimizationResult} of the original plugin, table {@code strategy_optimization_results}.
 * One strategy optimisation of a group: strategy type, details and performance metrics. {@code timestamp} is
 * epoch seconds (float).
 */
@Entity
@Table(name = "strategy_optimization_results", indexes = {
        @Index(name = "ix_strategy_optimization_results_group_id", columnList = "group_id")
})
public class StrategyOptimizationResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Double timestamp;

    @Column(name = "strategy_type", length = 100)
    private String strategyType;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "optimization_details", columnDefinition = "TEXT")
    private String optimizationDetails;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "performance_metrics", columnDefinition = "TEXT")
    private String performanceMetrics;

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

    public Double getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Double timestamp) {
        this.timestamp = timestamp;
    }

    public String getStrategyType() {
        return strategyType;
    }

    public void setStrategyType(String strategyType) {
        this.strategyType = strategyType;
    }

    public String getOptimizationDetails() {
        return optimizationDetails;
    }

    public void setOptimizationDetails(String optimizationDetails) {
        this.optimizationDetails = optimizationDetails;
    }

    public String getPerformanceMetrics() {
        return performanceMetrics;
    }

    public void setPerformanceMetrics(String performanceMetrics) {
        this.performanceMetrics = performanceMetrics;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
