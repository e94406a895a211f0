package dev.botstore.persistence.expression;

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
 * Table {@code style_learning_records} of the original (expression.py). Record of a style-learning
 * run: style type, JSON learned patterns, confidence and sample count.
 */
@Entity
@Table(name = "style_learning_records", indexes = {
        @Index(name = "idx_style_record_type", columnList = "style_type")})
public class StyleLearningRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "style_type", length = 100, nullable = false)
    private String styleType;

    @Column(name = "learned_patterns", columnDefinition = "TEXT")
    private String learnedPatterns;

    @Column(name = "confidence_score")
    private Double confidenceScore;

    @Column(name = "sample_count")
    private Integer sampleCount;

    @Column(name = "last_updated")
    @EpochTime
    private Double lastUpdated;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
    }

    public String getStyleType() {
        return styleType;
    }

    public void setStyleType(String styleType) {
        this.styleType = styleType;
    }

    public String getLearnedPatterns() {
        return learnedPatterns;
    }

    public void setLearnedPatterns(String learnedPatterns) {
        this.learnedPatterns = learnedPatterns;
    }

    public Double getConfidenceScore() {
        return confidenceScore;
    }

    public void setConfidenceScore(Double confidenceScore) {
        this.confidenceScore = confidenceScore;
    }

    public Integer getSampleCount() {
        return sampleCount;
    }

    public void setSampleCount(Integer sampleCount) {
        this.sampleCount = sampleCount;
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
