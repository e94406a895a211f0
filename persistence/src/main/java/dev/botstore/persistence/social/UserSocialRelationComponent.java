package dev.botstore.persistence.social;

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
 * {@code UserSocialRelationComponent} of the original plugin, table {@code user_social_relation_components}.
 * One directed relation (from user, to user, type, value, frequency, tags) of a {@link UserSocialProfile}.
 * Times are epoch seconds.
 */
@Entity
@Table(name = "user_social_relation_components", indexes = {
        @Index(name = "idx_social_relation_from_to", columnList = "from_user_id, to_user_id, group_id"),
        @Index(name = "idx_social_relation_profile", columnList = "profile_id"),
        @Index(name = "idx_social_relation_type", columnList = "relation_type"),
        @Index(name = "ix_user_social_relation_components_from_user_id", columnList = "from_user_id"),
        @Index(name = "ix_user_social_relation_components_to_user_id", columnList = "to_user_id"),
        @Index(name = "ix_user_social_relation_components_group_id", columnList = "group_id")
})
public class UserSocialRelationComponent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "profile_id", nullable = false)
    private UserSocialProfile profile;

    @Column(name = "from_user_id", length = 255, nullable = false)
    private String fromUserId;

    @Column(name = "to_user_id", length = 255, nullable = false)
    private String toUserId;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "relation_type", length = 100, nullable = false)
    private String relationType;

    @Column(name = "value", nullable = false)
    private Double value;

    @Column(name = "frequency", nullable = false)
    private Integer frequency = 0;

    @Column(name = "last_interaction", nullable = false)
    @EpochTime
    private Long lastInteraction;

    @Column(name = "description", columnDefinition = "TEXT")
    private String description;

    /** JSON text. */
    @Column(name = "tags", columnDefinition = "TEXT")
    private String tags;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    public Integer getId() {
        return id;
    }

    public UserSocialProfile getProfile() {
        return profile;
    }

    public void setProfile(UserSocialProfile profile) {
        this.profile = profile;
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

    public Double getValue() {
        return value;
    }

    public void setValue(Double value) {
        this.value = value;
    }

    public Integer getFrequency() {
        return frequency;
    }

    public void setFrequency(Integer frequency) {
        this.frequency = frequency;
    }

    public Long getLastInteraction() {
        return lastInteraction;
    }

    public void setLastInteraction(Long lastInteraction) {
        this.lastInteraction = lastInteraction;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }
}
