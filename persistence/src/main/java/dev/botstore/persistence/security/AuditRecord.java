package dev.botstore.persistence.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One admin action that changed or exported data, in a table of Botstore's own. Keeps the key's
 * name as it was, so the trail still reads after the key is revoked.
 */
@Entity
@Table(name = AuditRecord.TABLE, indexes = @Index(name = "idx_botstore_audit_log_at", columnList = "at"))
public class AuditRecord {

    public static final String TABLE = "botstore_audit_log";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "at", nullable = false)
    private LocalDateTime at;

    @Column(name = "key_id", nullable = false)
    private long keyId;

    @Column(name = "key_name", length = 100, nullable = false)
    private String keyName;

    @Column(name = "operation", length = 64, nullable = false)
    private String operation;

    @Column(name = "target", length = 512)
    private String target;

    @Column(name = "details", columnDefinition = "TEXT")
    private String details;

    protected AuditRecord() {
    }

    public AuditRecord(LocalDateTime at, long keyId, String keyName, String operation, String target, String details) {
        this.at = at;
        this.keyId = keyId;
        this.keyName = keyName;
        this.operation = operation;
        this.target = target;
        this.details = details;
    }

    public Long getId() {
        return id;
    }

    public LocalDateTime getAt() {
        return at;
    }

    public long getKeyId() {
        return keyId;
    }

    public String getKeyName() {
        return keyName;
    }

    public String getOperation() {
        return operation;
    }

    public String getTarget() {
        return target;
    }

    public String getDetails() {
        return details;
    }
}
