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
 * Table {@code interaction_records} of the original (learning.py). Lightweight interaction events
 * (message, reaction, mention, ...) per group and user with a 200-char preview, used for trend
 * analysis.
 */
@Entity
@Table(name = "interaction_records", indexes = {
        @Index(name = "idx_group_user_interaction", columnList = "group_id, user_id"),
        @Index(name = "idx_interaction_record_timestamp", columnList = "timestamp"),
        @Index(name = "idx_interaction_type", columnList = "interaction_type"),
        @Index(name = "ix_interaction_records_group_id", columnList = "group_id"),
        @Index(name = "ix_interaction_records_user_id", columnList = "user_id")})
public class InteractionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 100, nullable = false)
    private String groupId;

    @Column(name = "user_id", length = 100, nullable = false)
    private String userId;

    @Column(name = "interaction_type", length = 50, nullable = false)
    private String interactionType;

    @Column(name = "content_preview", length = 200)
    private String contentPreview;

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

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getInteractionType() {
        return interactionType;
    }

    public void setInteractionType(String interactionType) {
        this.interactionType = interactionType;
    }

    public String getContentPreview() {
        return contentPreview;
    }

    public void setContentPreview(String contentPreview) {
        this.contentPreview = contentPreview;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }
}
