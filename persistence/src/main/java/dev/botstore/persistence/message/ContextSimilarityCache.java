package dev.botstore.persistence.message;

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
 * Table {@code context_similarity_cache} of the original (message.py). Cache of similarity scores
 * between two context hashes, with the method used (cosine, euclidean, ...).
 */
@Entity
@Table(name = "context_similarity_cache", indexes = {
        @Index(name = "idx_similarity_cached", columnList = "cached_at"),
        @Index(name = "idx_similarity_hash1", columnList = "context_hash_1"),
        @Index(name = "idx_similarity_hash2", columnList = "context_hash_2"),
        @Index(name = "idx_similarity_hashes", columnList = "context_hash_1, context_hash_2"),
        @Index(name = "ix_context_similarity_cache_context_hash_1", columnList = "context_hash_1"),
        @Index(name = "ix_context_similarity_cache_context_hash_2", columnList = "context_hash_2")})
public class ContextSimilarityCache {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "context_hash_1", length = 255, nullable = false)
    private String contextHash1;

    @Column(name = "context_hash_2", length = 255, nullable = false)
    private String contextHash2;

    @Column(name = "similarity_score", nullable = false)
    private Double similarityScore;

    @Column(name = "calculation_method", length = 100)
    private String calculationMethod;

    @Column(name = "cached_at", nullable = false)
    @EpochTime
    private Double cachedAt;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
    }

    public String getContextHash1() {
        return contextHash1;
    }

    public void setContextHash1(String contextHash1) {
        this.contextHash1 = contextHash1;
    }

    public String getContextHash2() {
        return contextHash2;
    }

    public void setContextHash2(String contextHash2) {
        this.contextHash2 = contextHash2;
    }

    public Double getSimilarityScore() {
        return similarityScore;
    }

    public void setSimilarityScore(Double similarityScore) {
        this.similarityScore = similarityScore;
    }

    public String getCalculationMethod() {
        return calculationMethod;
    }

    public void setCalculationMethod(String calculationMethod) {
        this.calculationMethod = calculationMethod;
    }

    public Double getCachedAt() {
        return cachedAt;
    }

    public void setCachedAt(Double cachedAt) {
        this.cachedAt = cachedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
