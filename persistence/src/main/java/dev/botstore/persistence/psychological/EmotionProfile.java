package dev.botstore.persistence.psychological;

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
 * {@code EmotionProfile} of the original plugin, table {@code emotion_profiles}.
 * Emotion profile of one user in one group: JSON dominant emotions and patterns, empathy level and emotional
 * stability. {@code last_updated} is epoch seconds (float).
 */
@Entity
@Table(name = "emotion_profiles", indexes = {
        @Index(name = "idx_emotion_user_group", columnList = "user_id, group_id", unique = true),
        @Index(name = "ix_emotion_profiles_user_id", columnList = "user_id"),
        @Index(name = "ix_emotion_profiles_group_id", columnList = "group_id")
})
public class EmotionProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    /** JSON text. */
    @Column(name = "dominant_emotions", columnDefinition = "TEXT")
    private String dominantEmotions;

    /** JSON text. */
    @Column(name = "emotion_patterns", columnDefinition = "TEXT")
    private String emotionPatterns;

    @Column(name = "empathy_level")
    private Double empathyLevel = 0.5;

    @Column(name = "emotional_stability")
    private Double emotionalStability = 0.5;

    @Column(name = "last_updated", nullable = false)
    @EpochTime
    private Double lastUpdated;

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

    public String getDominantEmotions() {
        return dominantEmotions;
    }

    public void setDominantEmotions(String dominantEmotions) {
        this.dominantEmotions = dominantEmotions;
    }

    public String getEmotionPatterns() {
        return emotionPatterns;
    }

    public void setEmotionPatterns(String emotionPatterns) {
        this.emotionPatterns = emotionPatterns;
    }

    public Double getEmpathyLevel() {
        return empathyLevel;
    }

    public void setEmpathyLevel(Double empathyLevel) {
        this.empathyLevel = empathyLevel;
    }

    public Double getEmotionalStability() {
        return emotionalStability;
    }

    public void setEmotionalStability(Double emotionalStability) {
        this.emotionalStability = emotionalStability;
    }

    public Double getLastUpdated() {
        return lastUpdated;
    }

    public void setLastUpdated(Double lastUpdated) {
        this.lastUpdated = lastUpdated;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
