package dev.botstore.persistence.affection;

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
 * {@code BotMood} of the original plugin, table {@code bot_mood}.
 * A mood episode of the bot in a group (type, intensity, description, start and end); {@code is_active} is an
 * integer flag, 1 active and 0 ended. Times are epoch seconds (float).
 */
@Entity
@Table(name = "bot_mood", indexes = {
        @Index(name = "idx_mood_group_active", columnList = "group_id, is_active"),
        @Index(name = "ix_bot_mood_group_id", columnList = "group_id")
})
public class BotMood {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "mood_type", length = 100, nullable = false)
    private String moodType;

    @Column(name = "mood_intensity")
    private Double moodIntensity = 0.5;

    @Column(name = "mood_description", columnDefinition = "TEXT")
    private String moodDescription;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Double timestamp;

    @Column(name = "start_time", nullable = false)
    @EpochTime
    private Double startTime;

    @Column(name = "end_time")
    @EpochTime
    private Double endTime;

    @Column(name = "is_active")
    private Integer isActive = 1;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getMoodType() {
        return moodType;
    }

    public void setMoodType(String moodType) {
        this.moodType = moodType;
    }

    public Double getMoodIntensity() {
        return moodIntensity;
    }

    public void setMoodIntensity(Double moodIntensity) {
        this.moodIntensity = moodIntensity;
    }

    public String getMoodDescription() {
        return moodDescription;
    }

    public void setMoodDescription(String moodDescription) {
        this.moodDescription = moodDescription;
    }

    public Double getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Double timestamp) {
        this.timestamp = timestamp;
    }

    public Double getStartTime() {
        return startTime;
    }

    public void setStartTime(Double startTime) {
        this.startTime = startTime;
    }

    public Double getEndTime() {
        return endTime;
    }

    public void setEndTime(Double endTime) {
        this.endTime = endTime;
    }

    public Integer getIsActive() {
        return isActive;
    }

    public void setIsActive(Integer isActive) {
        this.isActive = isActive;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
