package dev.botstore.persistence.expression;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * {@code ShadowProfile} of the original plugin, table {@code shadow_profiles}.
 * Shadow-mode language-behaviour profile of one chat participant (source group and sender) applied to a
 * target group, with JSON profile data, sample count and an enabled flag. Times are epoch seconds.
 */
@Entity
@Table(name = "shadow_profiles", indexes = {
        @Index(name = "idx_shadow_source_sender", columnList = "source_type, source_group_id, sender_id"),
        @Index(name = "idx_shadow_target_enabled", columnList = "target_group_id, enabled"),
        @Index(name = "ix_shadow_profiles_target_group_id", columnList = "target_group_id"),
        @Index(name = "ix_shadow_profiles_source_group_id", columnList = "source_group_id"),
        @Index(name = "ix_shadow_profiles_sender_id", columnList = "sender_id"),
        @Index(name = "ix_shadow_profiles_enabled", columnList = "enabled")
})
public class ShadowProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "target_group_id", length = 255, nullable = false)
    private String targetGroupId;

    @Column(name = "source_type", length = 32, nullable = false)
    private String sourceType;

    @Column(name = "source_group_id", length = 255, nullable = false)
    private String sourceGroupId;

    @Column(name = "sender_id", length = 255, nullable = false)
    private String senderId;

    @Column(name = "sender_name", length = 255, nullable = false)
    private String senderName;

    @Column(name = "sender_qq", length = 32)
    private String senderQq;

    /** JSON text. */
    @Column(name = "profile_data", columnDefinition = "TEXT NOT NULL")
    private String profileData;

    @Column(name = "sample_count", nullable = false)
    private Integer sampleCount = 0;

    @Column(name = "enabled", nullable = false)
    private Boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "updated_at", nullable = false)
    @EpochTime
    private Long updatedAt;

    public Integer getId() {
        return id;
    }

    public String getTargetGroupId() {
        return targetGroupId;
    }

    public void setTargetGroupId(String targetGroupId) {
        this.targetGroupId = targetGroupId;
    }

    public String getSourceType() {
        return sourceType;
    }

    public void setSourceType(String sourceType) {
        this.sourceType = sourceType;
    }

    public String getSourceGroupId() {
        return sourceGroupId;
    }

    public void setSourceGroupId(String sourceGroupId) {
        this.sourceGroupId = sourceGroupId;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getSenderQq() {
        return senderQq;
    }

    public void setSenderQq(String senderQq) {
        this.senderQq = senderQq;
    }

    public String getProfileData() {
        return profileData;
    }

    public void setProfileData(String profileData) {
        this.profileData = profileData;
    }

    public Integer getSampleCount() {
        return sampleCount;
    }

    public void setSampleCount(Integer sampleCount) {
        this.sampleCount = sampleCount;
    }

    public Boolean getEnabled() {
        return enabled;
    }

    public void setEnabled(Boolean enabled) {
        this.enabled = enabled;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
