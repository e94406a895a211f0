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
 * Table {@code language_style_patterns} of the original (expression.py). Reusable language style with
 * JSON example phrases, usage frequency, context type and confidence.
 */
@Entity
@Table(name = "language_style_patterns", indexes = {
        @Index(name = "idx_lang_context", columnList = "context_type"),
        @Index(name = "idx_lang_style", columnList = "language_style")})
public class LanguageStylePattern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "language_style", length = 255, nullable = false)
    private String languageStyle;

    @Column(name = "example_phrases", columnDefinition = "TEXT")
    private String examplePhrases;

    @Column(name = "usage_frequency")
    private Integer usageFrequency = 0;

    @Column(name = "context_type", length = 100)
    private String contextType = "general";

    @Column(name = "confidence_score")
    private Double confidenceScore;

    @Column(name = "last_updated")
    @EpochTime
    private Double lastUpdated;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
    }

    public String getLanguageStyle() {
        return languageStyle;
    }

    public void setLanguageStyle(String languageStyle) {
        this.languageStyle = languageStyle;
    }

    public String getExamplePhrases() {
        return examplePhrases;
    }

    public void setExamplePhrases(String examplePhrases) {
        this.examplePhrases = examplePhrases;
    }

    public Integer getUsageFrequency() {
        return usageFrequency;
    }

    public void setUsageFrequency(Integer usageFrequency) {
        this.usageFrequency = usageFrequency;
    }

    public String getContextType() {
        return contextType;
    }

    public void setContextType(String contextType) {
        this.contextType = contextType;
    }

    public Double getConfidenceScore() {
        return confidenceScore;
    }

    public void setConfidenceScore(Double confidenceScore) {
        this.confidenceScore = confidenceScore;
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
