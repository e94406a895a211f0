package dev.botstore.persistence.social;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * {@code SocialRelationHistory} of the original plugin, table {@code social_relation_history}.
 * One change of the relation value between two users in a group, with its reason. {@code timestamp} is epoch
 * seconds.
 */
@Entity
@Table(name = "social_relation_history", indexes = {
        @Index(name = "idx_social_history_from_to", columnList = "from_user_id, to_user_id, group_id"),
        @Index(name = "idx_social_history_timestamp", columnList = "timestamp"),
        @Index(name = "ix_social_relation_history_from_user_id", columnList = "from_user_id"),
        @Index(name = "ix_social_relation_history_to_user_id", columnList = "to_user_id"),
        @Index(name = "ix_social_relation_history_group_id", columnList = "group_id")
})
public class SocialRelationHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "from_user_id", length = 255, nullable = false)
    private String fromUserId;

    @Column(name = "to_user_id", length = 255, nullable = false)
    private String toUserId;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "relation_type", length = 100, nullable = false)
    private String relationType;

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

    public String getFromUserId() {
        return fromUserId;
    }

    public void setFromUserId(String fromUserId) {
        this.fromUserId = fromUserId;
    }

    public String getToUserId() {
        return toUserId;
    }

    public void setToUserId(String toUserId) {
        this.toUserId = toUserId;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getRelationType() {
        return relationType;
    }

    public void setRelationType(String relationType) {
        this.relationType = relationType;
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
