package dev.botstore.persistence.social;

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
 * {@code UserPreferences} of the original plugin, table {@code user_preferences}.
 * Learning and interaction preferences of one user in one group (JSON text) and an adaptive rate.
 * {@code updated_at} is epoch seconds (float).
 */
@Entity
@Table(name = "user_preferences", indexes = {
        @Index(name = "idx_pref_user_group", columnList = "user_id, group_id", unique = true),
        @Index(name = "ix_user_preferences_user_id", columnList = "user_id"),
        @Index(name = "ix_user_preferences_group_id", columnList = "group_id")
})
public class UserPreferences {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    /** JSON text. */
    @Column(name = "favorite_topics", columnDefinition = "TEXT")
    private String favoriteTopics;

    /** JSON text. */
    @Column(name = "interaction_style", columnDefinition = "TEXT")
    private String interactionStyle;

    /** JSON text. */
    @Column(name = "learning_preferences", columnDefinition = "TEXT")
    private String learningPreferences;

    @Column(name = "adaptive_rate")
    private Double adaptiveRate = 0.5;

    @Column(name = "updated_at", nullable = false)
    @EpochTime
    private Double updatedAt;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
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

    public String getFavoriteTopics() {
        return favoriteTopics;
    }

    public void setFavoriteTopics(String favoriteTopics) {
        this.favoriteTopics = favoriteTopics;
    }

    public String getInteractionStyle() {
        return interactionStyle;
    }

    public void setInteractionStyle(String interactionStyle) {
        this.interactionStyle = interactionStyle;
    }

    public String getLearningPreferences() {
        return learningPreferences;
    }

    public void setLearningPreferences(String learningPreferences) {
        this.learningPreferences = learningPreferences;
    }

    public Double getAdaptiveRate() {
        return adaptiveRate;
    }

    public void setAdaptiveRate(Double adaptiveRate) {
        this.adaptiveRate = adaptiveRate;
    }

    public Double getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Double updatedAt) {
        this.updatedAt = updatedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
