package dev.botstore.persistence.reinforcement;

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
 * {@code PersonaFusionHistory} of the original plugin, table {@code persona_fusion_history}.
 * One persona fusion in a group: base and incremental persona hashes (integers, not times), result and
 * compatibility score. {@code timestamp} is epoch seconds (float).
 */
@Entity
@Table(name = "persona_fusion_history", indexes = {
        @Index(name = "ix_persona_fusion_history_group_id", columnList = "group_id")
})
public class PersonaFusionHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Double timestamp;

    @Column(name = "base_persona_hash")
    private Long basePersonaHash;

    @Column(name = "incremental_hash")
    private Long incrementalHash;

    /** JSON text when the caller gave a map or list, otherwise the text as given. */
    @Column(name = "fusion_result", columnDefinition = "TEXT")
    private String fusionResult;

    @Column(name = "compatibility_score")
    private Double compatibilityScore;

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

    public Double getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Double timestamp) {
        this.timestamp = timestamp;
    }

    public Long getBasePersonaHash() {
        return basePersonaHash;
    }

    public void setBasePersonaHash(Long basePersonaHash) {
        this.basePersonaHash = basePersonaHash;
    }

    public Long getIncrementalHash() {
        return incrementalHash;
    }

    public void setIncrementalHash(Long incrementalHash) {
        this.incrementalHash = incrementalHash;
    }

    public String getFusionResult() {
        return fusionResult;
    }

    public void setFusionResult(String fusionResult) {
        this.fusionResult = fusionResult;
    }

    public Double getCompatibilityScore() {
        return compatibilityScore;
    }

    public void setCompatibilityScore(Double compatibilityScore) {
        this.compatibilityScore = compatibilityScore;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
