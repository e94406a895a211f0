package dev.botstore.persistence.learning;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Table {@code persona_change_snapshots} of the original (learning.py). Snapshot of the persona before
 * and after a review was applied (system prompt and begin-dialogs), keyed by the review id and source,
 * with the list of affected fields.
 */
@Entity
@Table(name = "persona_change_snapshots", indexes = {
        @Index(name = "idx_persona_snapshot_applied_at", columnList = "applied_at"),
        @Index(name = "idx_persona_snapshot_persona", columnList = "applied_persona_id"),
        @Index(name = "idx_persona_snapshot_review", columnList = "review_source, review_id"),
        @Index(name = "ix_persona_change_snapshots_applied_at", columnList = "applied_at"),
        @Index(name = "ix_persona_change_snapshots_review_id", columnList = "review_id"),
        @Index(name = "ix_persona_change_snapshots_review_source", columnList = "review_source")})
public class PersonaChangeSnapshot {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "review_id", length = 100, nullable = false)
    private String reviewId;

    @Column(name = "review_source", length = 50, nullable = false)
    private String reviewSource;

    @Column(name = "applied_persona_id", length = 255)
    private String appliedPersonaId;

    @Column(name = "applied_at", nullable = false)
    @EpochTime
    private Double appliedAt;

    @Column(name = "before_system_prompt", columnDefinition = "TEXT")
    private String beforeSystemPrompt;

    @Column(name = "after_system_prompt", columnDefinition = "TEXT")
    private String afterSystemPrompt;

    @Column(name = "before_begin_dialogs", columnDefinition = "TEXT")
    private String beforeBeginDialogs;

    @Column(name = "after_begin_dialogs", columnDefinition = "TEXT")
    private String afterBeginDialogs;

    @Column(name = "affected_fields", columnDefinition = "TEXT")
    private String affectedFields;

    public Integer getId() {
        return id;
    }

    public String getReviewId() {
        return reviewId;
    }

    public void setReviewId(String reviewId) {
        this.reviewId = reviewId;
    }

    public String getReviewSource() {
        return reviewSource;
    }

    public void setReviewSource(String reviewSource) {
        this.reviewSource = reviewSource;
    }

    public String getAppliedPersonaId() {
        return appliedPersonaId;
    }

    public void setAppliedPersonaId(String appliedPersonaId) {
        this.appliedPersonaId = appliedPersonaId;
    }

    public Double getAppliedAt() {
        return appliedAt;
    }

    public void setAppliedAt(Double appliedAt) {
        this.appliedAt = appliedAt;
    }

    public String getBeforeSystemPrompt() {
        return beforeSystemPrompt;
    }

    public void setBeforeSystemPrompt(String beforeSystemPrompt) {
        this.beforeSystemPrompt = beforeSystemPrompt;
    }

    public String getAfterSystemPrompt() {
        return afterSystemPrompt;
    }

    public void setAfterSystemPrompt(String afterSystemPrompt) {
        this.afterSystemPrompt = afterSystemPrompt;
    }

    public String getBeforeBeginDialogs() {
        return beforeBeginDialogs;
    }

    public void setBeforeBeginDialogs(String beforeBeginDialogs) {
        this.beforeBeginDialogs = beforeBeginDialogs;
    }

    public String getAfterBeginDialogs() {
        return afterBeginDialogs;
    }

    public void setAfterBeginDialogs(String afterBeginDialogs) {
        this.afterBeginDialogs = afterBeginDialogs;
    }

    public String getAffectedFields() {
        return affectedFields;
    }

    public void setAffectedFields(String affectedFields) {
        this.affectedFields = affectedFields;
    }
}
