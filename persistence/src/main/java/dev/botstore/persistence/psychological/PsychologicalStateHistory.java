package dev.botstore.persistence.psychological;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * {@code PsychologicalStateHistory} of the original plugin, table {@code psychological_state_history}.
 * One transition of a psychological state (old and new type and value, reason). {@code timestamp} is epoch
 * seconds.
 */
@Entity
@Table(name = "psychological_state_history", indexes = {
        @Index(name = "idx_psych_history_group", columnList = "group_id"),
        @Index(name = "idx_psych_history_timestamp", columnList = "timestamp"),
        @Index(name = "ix_psychological_state_history_group_id", columnList = "group_id")
})
public class PsychologicalStateHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "state_id", length = 255, nullable = false)
    private String stateId;

    @Column(name = "category", length = 50, nullable = false)
    private String category;

    @Column(name = "old_state_type", length = 100)
    private String oldStateType;

    @Column(name = "new_state_type", length = 100, nullable = false)
    private String newStateType;

    @Column(name = "old_value")
    private Double oldValue;

    @Column(name = "new_value", nullable = false)
    private Double newValue;

    @Column(name = "change_reason", columnDefinition = "TEXT")
    private String changeReason;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Long timestamp;

    public Integer getId() {
        return id;
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

    public String getOldStateType() {
        return oldStateType;
    }

    public void setOldStateType(String oldStateType) {
        this.oldStateType = oldStateType;
    }

    public String getNewStateType() {
        return newStateType;
    }

    public void setNewStateType(String newStateType) {
        this.newStateType = newStateType;
    }

    public Double getOldValue() {
        return oldValue;
    }

    public void setOldValue(Double oldValue) {
        this.oldValue = oldValue;
    }

    public Double getNewValue() {
        return newValue;
    }

    public void setNewValue(Double newValue) {
        this.newValue = newValue;
    }

    public String getChangeReason() {
        return changeReason;
    }

    public void setChangeReason(String changeReason) {
        this.changeReason = changeReason;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }
}
