package dev.botstore.persistence.learning;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Table {@code style_learning_reviews} of the original (learning.py). Style-learning results waiting
 * for review: learned patterns (JSON), few-shot content, description, status, reviewer comment and
 * JSON metadata (including persona-change context).
 */
@Entity
@Table(name = "style_learning_reviews", indexes = {
        @Index(name = "idx_style_review_group", columnList = "group_id"),
        @Index(name = "idx_style_review_status", columnList = "status"),
        @Index(name = "idx_style_review_timestamp", columnList = "timestamp"),
        @Index(name = "ix_style_learning_reviews_group_id", columnList = "group_id")})
public class StyleLearningReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "type", length = 100, nullable = false)
    private String type;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Double timestamp;

    @Column(name = "learned_patterns", columnDefinition = "TEXT")
    private String learnedPatterns;

    @Column(name = "few_shots_content", columnDefinition = "TEXT")
    private String fewShotsContent;

    @Column(name = "status", length = 50)
    private String status = "pending";

    @Column(name = "description", columnDefinition = "TEXT")
    private String description;

    @Column(name = "reviewer_comment", columnDefinition = "TEXT")
    private String reviewerComment;

    @Column(name = "review_time")
    @EpochTime
    private Double reviewTime;

    @Column(name = "metadata", columnDefinition = "TEXT")
    private String metadata;

    @Column(name = "created_at")
    private LocalDateTime createdAt;

    @Column(name = "updated_at")
    private LocalDateTime updatedAt;

    public Integer getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
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

    public String getLearnedPatterns() {
        return learnedPatterns;
    }

    public void setLearnedPatterns(String learnedPatterns) {
        this.learnedPatterns = learnedPatterns;
    }

    public String getFewShotsContent() {
        return fewShotsContent;
    }

    public void setFewShotsContent(String fewShotsContent) {
        this.fewShotsContent = fewShotsContent;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
