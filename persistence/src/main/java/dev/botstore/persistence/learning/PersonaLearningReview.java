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
 * Table {@code persona_update_reviews} of the original (learning.py). Proposed persona updates waiting
 * for human review (status pending/approved/rejected), holding original/new/proposed content,
 * confidence, reason, reviewer comment and a JSON metadata blob; mapped to the legacy table name
 * persona_update_reviews.
 */
@Entity
@Table(name = "persona_update_reviews", indexes = {
        @Index(name = "idx_group_persona_review", columnList = "group_id, status"),
        @Index(name = "idx_persona_review_status", columnList = "status"),
        @Index(name = "idx_persona_review_timestamp", columnList = "timestamp"),
        @Index(name = "ix_persona_update_reviews_group_id", columnList = "group_id")})
public class PersonaLearningReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Double timestamp;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "update_type", length = 255, nullable = false)
    private String updateType;

    @Column(name = "original_content", columnDefinition = "TEXT")
    private String originalContent;

    @Column(name = "new_content", columnDefinition = "TEXT")
    private String newContent;

    @Column(name = "proposed_content", columnDefinition = "TEXT")
    private String proposedContent;

    @Column(name = "confidence_score")
    private Double confidenceScore;

    @Column(name = "reason", columnDefinition = "TEXT")
    private String reason;

    @Column(name = "status", length = 50, nullable = false)
    private String status = "pending";

    @Column(name = "reviewer_comment", columnDefinition = "TEXT")
    private String reviewerComment;

    @Column(name = "review_time")
    @EpochTime
    private Double reviewTime;

    @Column(name = "metadata", columnDefinition = "TEXT")
    private String metadata;

    public Integer getId() {
        return id;
    }

    public Double getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Double timestamp) {
        this.timestamp = timestamp;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getUpdateType() {
        return updateType;
    }

    public void setUpdateType(String updateType) {
        this.updateType = updateType;
    }

    public String getOriginalContent() {
        return originalContent;
    }

    public void setOriginalContent(String originalContent) {
        this.originalContent = originalContent;
    }

    public String getNewContent() {
        return newContent;
    }

    public void setNewContent(String newContent) {
        this.newContent = newContent;
    }

    public String getProposedContent() {
        return proposedContent;
    }

    public void setProposedContent(String proposedContent) {
        this.proposedContent = proposedContent;
    }

    public Double getConfidenceScore() {
        return confidenceScore;
    }

    public void setConfidenceScore(Double confidenceScore) {
        this.confidenceScore = confidenceScore;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getReviewerComment() {
        return reviewerComment;
    }

    public void setReviewerComment(String reviewerComment) {
        this.reviewerComment = reviewerComment;
    }

    public Double getReviewTime() {
        return reviewTime;
    }

    public void setReviewTime(Double reviewTime) {
        this.reviewTime = reviewTime;
    }

    public String getMetadata() {
        return metadata;
    }

    public void setMetadata(String metadata) {
        this.metadata = metadata;
    }
}
