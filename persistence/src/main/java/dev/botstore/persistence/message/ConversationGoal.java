package dev.botstore.persistence.message;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Convert;
import org.eclipse.persistence.annotations.Converter;

/**
 * {@code ConversationGoal} of the original plugin, table {@code conversation_goals}.
 * The dynamic conversation goal of one session: final goal, current and planned stages, histories, goal
 * switches and metrics in native JSON columns (kept here as JSON text), with a status. Its times are epoch
 * <b>milliseconds</b>.
 */
@Entity
@Converter(name = JsonText.NAME, converterClass = JsonText.class)
@Table(name = "conversation_goals", indexes = {
        @Index(name = "idx_conv_goal_created", columnList = "created_at"),
        @Index(name = "idx_conv_goal_session", columnList = "session_id"),
        @Index(name = "idx_conv_goal_status", columnList = "status"),
        @Index(name = "idx_conv_goal_user_group", columnList = "user_id, group_id"),
        @Index(name = "ix_conversation_goals_session_id", columnList = "session_id", unique = true),
        @Index(name = "ix_conversation_goals_user_id", columnList = "user_id"),
        @Index(name = "ix_conversation_goals_group_id", columnList = "group_id"),
        @Index(name = "ix_conversation_goals_status", columnList = "status")
})
public class ConversationGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "session_id", length = 100, nullable = false)
    private String sessionId;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "final_goal", columnDefinition = "JSON NOT NULL")
    @Convert(JsonText.NAME)
    private String finalGoal;

    @Column(name = "current_stage", columnDefinition = "JSON NOT NULL")
    @Convert(JsonText.NAME)
    private String currentStage;

    @Column(name = "stage_history", columnDefinition = "JSON")
    @Convert(JsonText.NAME)
    private String stageHistory = "[]";

    @Column(name = "planned_stages", columnDefinition = "JSON NOT NULL")
    @Convert(JsonText.NAME)
    private String plannedStages;

    @Column(name = "conversation_history", columnDefinition = "JSON")
    @Convert(JsonText.NAME)
    private String conversationHistory = "[]";

    @Column(name = "goal_switches", columnDefinition = "JSON")
    @Convert(JsonText.NAME)
    private String goalSwitches = "[]";

    @Column(name = "metrics", columnDefinition = "JSON NOT NULL")
    @Convert(JsonText.NAME)
    private String metrics;

    @Column(name = "status", length = 20, nullable = false)
    private String status = "active";

    /** Epoch milliseconds, unlike the other tables' seconds: the original writes this table's times in ms. */
    @Column(name = "created_at", nullable = false)
    @EpochTime(EpochTime.Unit.MILLISECONDS)
    private Long createdAt;

    /** Epoch milliseconds, unlike the other tables' seconds: the original writes this table's times in ms. */
    @Column(name = "last_updated", nullable = false)
    @EpochTime(EpochTime.Unit.MILLISECONDS)
    private Long lastUpdated;

    public Integer getId() {
        return id;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getFinalGoal() {
        return finalGoal;
    }

    public void setFinalGoal(String finalGoal) {
        this.finalGoal = finalGoal;
    }

    public String getCurrentStage() {
        return currentStage;
    }

    public void setCurrentStage(String currentStage) {
        this.currentStage = currentStage;
    }

    public String getStageHistory() {
        return stageHistory;
    }

    public void setStageHistory(String stageHistory) {
        this.stageHistory = stageHistory;
    }

    public String getPlannedStages() {
        return plannedStages;
    }

    public void setPlannedStages(String plannedStages) {
        this.plannedStages = plannedStages;
    }

    public String getConversationHistory() {
        return conversationHistory;
    }

    public void setConversationHistory(String conversationHistory) {
        this.conversationHistory = conversationHistory;
    }

    public String getGoalSwitches() {
        return goalSwitches;
    }

    public void setGoalSwitches(String goalSwitches) {
        this.goalSwitches = goalSwitches;
    }

    public String getMetrics() {
        return metrics;
    }

    public void setMetrics(String metrics) {
        this.metrics = metrics;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getLastUpdated() {
        return lastUpdated;
    }

    public void setLastUpdated(Long lastUpdated) {
        this.lastUpdated = lastUpdated;
    }
}
