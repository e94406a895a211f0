package dev.botstore.persistence.social;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@code UserProfile} of the original plugin, table {@code user_profiles}.
 * Behavioural profile of one QQ user, keyed by the QQ id: nicknames, activity pattern, communication style,
 * topic preferences and emotional tendency as JSON text. {@code last_active} is epoch seconds (float).
 */
@Entity
@Table(name = "user_profiles")
public class UserProfile {

    @Id
    @Column(name = "qq_id", length = 255, nullable = false)
    private String qqId;

    @Column(name = "qq_name", length = 255)
    private String qqName;

    /** JSON text. */
    @Column(name = "nicknames", columnDefinition = "TEXT")
    private String nicknames;

    /** JSON text. */
    @Column(name = "activity_pattern", columnDefinition = "TEXT")
    private String activityPattern;

    /** JSON text. */
    @Column(name = "communication_style", columnDefinition = "TEXT")
    private String communicationStyle;

    /** JSON text. */
    @Column(name = "topic_preferences", columnDefinition = "TEXT")
    private String topicPreferences;

    /** JSON text. */
    @Column(name = "emotional_tendency", columnDefinition = "TEXT")
    private String emotionalTendency;

    @Column(name = "last_active")
    @EpochTime
    private Double lastActive;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    @Column(name = "updated_at")
    private LocalDateTime updatedAt = LocalDateTime.now(ZoneOffset.UTC);

    /** The original refreshes {@code updated_at} on every ORM update of this table. */
    @PreUpdate
    void touch() {
        updatedAt = LocalDateTime.now(ZoneOffset.UTC);
    }

    public String getQqId() {
        return qqId;
    }

    public void setQqId(String qqId) {
        this.qqId = qqId;
    }

    public String getQqName() {
        return qqName;
    }

    public void setQqName(String qqName) {
        this.qqName = qqName;
    }

    public String getNicknames() {
        return nicknames;
    }

    public void setNicknames(String nicknames) {
        this.nicknames = nicknames;
    }

    public String getActivityPattern() {
        return activityPattern;
    }

    public void setActivityPattern(String activityPattern) {
        this.activityPattern = activityPattern;
    }

    public String getCommunicationStyle() {
        return communicationStyle;
    }

    public void setCommunicationStyle(String communicationStyle) {
        this.communicationStyle = communicationStyle;
    }

    public String getTopicPreferences() {
        return topicPreferences;
    }

    public void setTopicPreferences(String topicPreferences) {
        this.topicPreferences = topicPreferences;
    }

    public String getEmotionalTendency() {
        return emotionalTendency;
    }

    public void setEmotionalTendency(String emotionalTendency) {
        this.emotionalTendency = emotionalTendency;
    }

    public Double getLastActive() {
        return lastActive;
    }

    public void setLastActive(Double lastActive) {
        this.lastActive = lastActive;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(LocalDateTime updatedAt) {
        this.updatedAt = updatedAt;
    }
}
