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
 * {@code PersonaBackup} of the original plugin, table {@code persona_backups}.
 * Backup of a persona configuration (JSON config, original persona, imitation dialogues) with its reason,
 * plus the legacy columns {@code backup_reason}, {@code backup_time} and {@code persona_content} of old
 * databases. Times are epoch seconds (float); {@code group_id} carries a real DDL default, as in the
 * original.
 */
@Entity
@Table(name = "persona_backups", indexes = {
        @Index(name = "idx_backup_timestamp", columnList = "timestamp"),
        @Index(name = "ix_persona_backups_group_id", columnList = "group_id")
})
public class PersonaBackup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    // A real DDL default, as in the original: rows written by other tools get it too.
    @Column(name = "group_id", columnDefinition = "VARCHAR(255) DEFAULT 'default' NOT NULL")
    private String groupId = "default";

    @Column(name = "backup_name", length = 255, nullable = false)
    private String backupName;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Double timestamp;

    @Column(name = "reason", columnDefinition = "TEXT")
    private String reason;

    /** JSON text. */
    @Column(name = "persona_config", columnDefinition = "TEXT")
    private String personaConfig;

    /** JSON text. */
    @Column(name = "original_persona", columnDefinition = "TEXT")
    private String originalPersona;

    /** JSON text. */
    @Column(name = "imitation_dialogues", columnDefinition = "TEXT")
    private String imitationDialogues;

    @Column(name = "backup_reason", columnDefinition = "TEXT")
    private String backupReason;

    @Column(name = "backup_time")
    @EpochTime
    private Double backupTime;

    @Column(name = "persona_content", columnDefinition = "TEXT")
    private String personaContent;

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

    public String getBackupName() {
        return backupName;
    }

    public void setBackupName(String backupName) {
        this.backupName = backupName;
    }

    public Double getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Double timestamp) {
        this.timestamp = timestamp;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPersonaConfig() {
        return personaConfig;
    }

    public void setPersonaConfig(String personaConfig) {
        this.personaConfig = personaConfig;
    }

    public String getOriginalPersona() {
        return originalPersona;
    }

    public void setOriginalPersona(String originalPersona) {
        this.originalPersona = originalPersona;
    }

    public String getImitationDialogues() {
        return imitationDialogues;
    }

    public void setImitationDialogues(String imitationDialogues) {
        this.imitationDialogues = imitationDialogues;
    }

    public String getBackupReason() {
        return backupReason;
    }

    public void setBackupReason(String backupReason) {
        this.backupReason = backupReason;
    }

    public Double getBackupTime() {
        return backupTime;
    }

    public void setBackupTime(Double backupTime) {
        this.backupTime = backupTime;
    }

    public String getPersonaContent() {
        return personaContent;
    }

    public void setPersonaContent(String personaContent) {
        this.personaContent = personaContent;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
