package dev.botstore.persistence.persona;

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
 * {@code PersonaEvolutionSnapshot} of the original plugin, table {@code persona_evolution_snapshots}.
 * Versioned full snapshot (JSON text) of a persona in a group, with the event that triggered it.
 * {@code snapshot_timestamp} is epoch seconds (float).
 */
@Entity
@Table(name = "persona_evolution_snapshots", indexes = {
        @Index(name = "idx_snapshot_group", columnList = "group_id"),
        @Index(name = "idx_snapshot_persona", columnList = "persona_id"),
        @Index(name = "idx_snapshot_timestamp", columnList = "snapshot_timestamp"),
        @Index(name = "idx_snapshot_version", columnList = "version"),
        @Index(name = "ix_persona_evolution_snapshots_group_id", columnList = "group_id"),
        @Index(name = "ix_persona_evolution_snapshots_persona_id", columnList = "persona_id")
})
public class PersonaEvolutionSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "persona_id", length = 255, nullable = false)
    private String personaId;

    /** JSON text. */
    @Column(name = "snapshot_data", columnDefinition = "TEXT NOT NULL")
    private String snapshotData;

    @Column(name = "version", nullable = false)
    private Integer version;

    @Column(name = "snapshot_timestamp", nullable = false)
    @EpochTime
    private Double snapshotTimestamp;

    @Column(name = "trigger_event", columnDefinition = "TEXT")
    private String triggerEvent;

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

    public String getPersonaId() {
        return personaId;
    }

    public void setPersonaId(String personaId) {
        this.personaId = personaId;
    }

    public String getSnapshotData() {
        return snapshotData;
    }

    public void setSnapshotData(String snapshotData) {
        this.snapshotData = snapshotData;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public Double getSnapshotTimestamp() {
        return snapshotTimestamp;
    }

    public void setSnapshotTimestamp(Double snapshotTimestamp) {
        this.snapshotTimestamp = snapshotTimestamp;
    }

    public String getTriggerEvent() {
        return triggerEvent;
    }

    public void setTriggerEvent(String triggerEvent) {
        this.triggerEvent = triggerEvent;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
