package dev.botstore.persistence.psychological;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code CompositePsychologicalState} of the original plugin, table {@code composite_psychological_states}.
 * The bot's composite psychological state in a group, per user ({@code user_id} '' = group-wide), with
 * overall state, intensity and JSON triggering events and context; parent of
 * {@link PsychologicalStateComponent}. Times are epoch seconds. {@code user_id} and {@code overall_state}
 * carry real DDL defaults, as in the original.
 */
@Entity
@Table(name = "composite_psychological_states", indexes = {
        @Index(name = "idx_psych_state_group", columnList = "group_id"),
        @Index(name = "idx_psych_state_group_user", columnList = "group_id, user_id", unique = true),
        @Index(name = "ix_composite_psychological_states_group_id", columnList = "group_id")
})
public class CompositePsychologicalState {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    // A real DDL default, as in the original: rows written by other tools get it too.
    @Column(name = "user_id", columnDefinition = "VARCHAR(255) DEFAULT '' NOT NULL")
    private String userId = "";

    @Column(name = "state_id", length = 255, nullable = false, unique = true)
    private String stateId;

    // A real DDL default, as in the original: rows written by other tools get it too.
    @Column(name = "overall_state", columnDefinition = "VARCHAR(100) DEFAULT 'neutral' NOT NULL")
    private String overallState = "neutral";

    @Column(name = "state_intensity", nullable = false)
    private Double stateIntensity = 0.5;

    @Column(name = "last_transition_time")
    @EpochTime
    private Long lastTransitionTime;

    /** JSON text. */
    @Column(name = "triggering_events", columnDefinition = "TEXT")
    private String triggeringEvents;

    /** JSON text. */
    @Column(name = "context", columnDefinition = "TEXT")
    private String context;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "last_updated", nullable = false)
    @EpochTime
    private Long lastUpdated;

    @OneToMany(mappedBy = "compositeState")
    private List<PsychologicalStateComponent> components = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getStateId() {
        return stateId;
    }

    public void setStateId(String stateId) {
        this.stateId = stateId;
    }

    public String getOverallState() {
        return overallState;
    }

    public void setOverallState(String overallState) {
        this.overallState = overallState;
    }

    public Double getStateIntensity() {
        return stateIntensity;
    }

    public void setStateIntensity(Double stateIntensity) {
        this.stateIntensity = stateIntensity;
    }

    public Long getLastTransitionTime() {
        return lastTransitionTime;
    }

    public void setLastTransitionTime(Long lastTransitionTime) {
        this.lastTransitionTime = lastTransitionTime;
    }

    public String getTriggeringEvents() {
        return triggeringEvents;
    }

    public void setTriggeringEvents(String triggeringEvents) {
        this.triggeringEvents = triggeringEvents;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
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

    public List<PsychologicalStateComponent> getComponents() {
        return components;
    }
}
