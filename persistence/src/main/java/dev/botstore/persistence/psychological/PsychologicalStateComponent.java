package dev.botstore.persistence.psychological;

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

/**
 * {@code PsychologicalStateComponent} of the original plugin, table {@code psychological_state_components}.
 * One component (category, type, value, threshold) of a psychological state; the link to its
 * {@link CompositePsychologicalState} is nullable for legacy rows. {@code start_time} is epoch seconds.
 */
@Entity
@Table(name = "psychological_state_components", indexes = {
        @Index(name = "idx_psych_component_category", columnList = "category"),
        @Index(name = "idx_psych_component_composite", columnList = "composite_state_id"),
        @Index(name = "idx_psych_component_state", columnList = "state_id"),
        @Index(name = "ix_psychological_state_components_group_id", columnList = "group_id"),
        @Index(name = "ix_psychological_state_components_state_id", columnList = "state_id")
})
public class PsychologicalStateComponent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "composite_state_id")
    private CompositePsychologicalState compositeState;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "state_id", length = 255, nullable = false)
    private String stateId;

    @Column(name = "category", length = 50, nullable = false)
    private String category;

    @Column(name = "state_type", length = 100, nullable = false)
    private String stateType;

    @Column(name = "value", nullable = false)
    private Double value;

    @Column(name = "threshold", nullable = false)
    private Double threshold = 0.3;

    @Column(name = "description", columnDefinition = "TEXT")
    private String description;

    @Column(name = "start_time", nullable = false)
    @EpochTime
    private Long startTime;

    public Integer getId() {
        return id;
    }

    public CompositePsychologicalState getCompositeState() {
        return compositeState;
    }

    public void setCompositeState(CompositePsychologicalState compositeState) {
        this.compositeState = compositeState;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getStateId() {
        return stateId;
    }

    public void setStateId(String stateId) {
        this.stateId = stateId;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getStateType() {
        return stateType;
    }

    public void setStateType(String stateType) {
        this.stateType = stateType;
    }

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public Double getThreshold() {
        return threshold;
    }

    public void setThreshold(Double threshold) {
        this.threshold = threshold;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getStartTime() {
        return startTime;
    }

    public void setStartTime(Long startTime) {
        this.startTime = startTime;
    }
}
