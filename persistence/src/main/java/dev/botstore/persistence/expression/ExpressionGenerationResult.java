package dev.botstore.persistence.expression;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Table {@code expression_generation_results} of the original (expression.py). Texts generated from
 * one expression pattern (FK to expression_patterns) with JSON context, quality score and user
 * feedback.
 */
@Entity
@Table(name = "expression_generation_results", indexes = {
        @Index(name = "idx_gen_feedback", columnList = "user_feedback"),
        @Index(name = "idx_gen_generated", columnList = "generated_at"),
        @Index(name = "idx_gen_group", columnList = "group_id"),
        @Index(name = "idx_gen_pattern", columnList = "pattern_id"),
        @Index(name = "ix_expression_generation_results_group_id", columnList = "group_id"),
        @Index(name = "ix_expression_generation_results_pattern_id", columnList = "pattern_id")})
public class ExpressionGenerationResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pattern_id", nullable = false)
    private ExpressionPattern pattern;

    @Column(name = "generated_text", columnDefinition = "TEXT NOT NULL")
    private String generatedText;

    @Column(name = "context", columnDefinition = "TEXT")
    private String context;

    @Column(name = "quality_score")
    private Double qualityScore;

    @Column(name = "user_feedback", length = 50)
    private String userFeedback;

    @Column(name = "generated_at", nullable = false)
    @EpochTime
    private Double generatedAt;

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

    public ExpressionPattern getPattern() {
        return pattern;
    }

    public void setPattern(ExpressionPattern pattern) {
        this.pattern = pattern;
    }

    public String getGeneratedText() {
        return generatedText;
    }

    public void setGeneratedText(String generatedText) {
        this.generatedText = generatedText;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public Double getQualityScore() {
        return qualityScore;
    }

    public void setQualityScore(Double qualityScore) {
        this.qualityScore = qualityScore;
    }

    public String getUserFeedback() {
        return userFeedback;
    }

    public void setUserFeedback(String userFeedback) {
        this.userFeedback = userFeedback;
    }

    public Double getGeneratedAt() {
        return generatedAt;
    }

    public void setGeneratedAt(Double generatedAt) {
        this.generatedAt = generatedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
