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
 * {@code ReinforcementLearningResult} of the original plugin, table {@code reinforcement_learning_results}.
 * Result of one reinforcement-learning pass of a group: replay analysis, optimisation strategy, feedback and
 * next action. {@code timestamp} is epoch seconds (float).
 */
@Entity
@Table(name = "reinforcement_learning_results", indexes = {
        @Index(name = "ix_reinforcement_learning_results_group_id", columnList = "group_id")
})
public class ReinforcementLearningResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Double timestamp;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "replay_analysis", columnDefinition = "TEXT")
    private String replayAnalysis;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "optimization_strategy", columnDefinition = "TEXT")
    private String optimizationStrategy;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "reinforcement_feedback", columnDefinition = "TEXT")
    private String reinforcementFeedback;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "next_action", columnDefinition = "TEXT")
    private String nextAction;

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

    public String getReplayAnalysis() {
        return replayAnalysis;
    }

    public void setReplayAnalysis(String replayAnalysis) {
        this.replayAnalysis = replayAnalysis;
    }

    public String getOptimizationStrategy() {
        return optimizationStrategy;
    }

    public void setOptimizationStrategy(String optimizationStrategy) {
        this.optimizationStrategy = optimizationStrategy;
    }

    public String getReinforcementFeedback() {
        return reinforcementFeedback;
    }

    public void setReinforcementFeedback(String reinforcementFeedback) {
        this.reinforcementFeedback = reinforcementFeedback;
    }

    public String getNextAction() {
        return nextAction;
    }

    public void setNextAction(String nextAction) {
        this.nextAction = nextAction;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
