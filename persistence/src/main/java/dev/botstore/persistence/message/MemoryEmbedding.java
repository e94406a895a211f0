package dev.botstore.persistence.message;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Table {@code memory_embeddings} of the original (memory.py). Embedding vector (JSON array in text)
 * for one memory and one embedding model; memory_id refers to memories.id only logically (no FK).
 */
@Entity
@Table(name = "memory_embeddings", indexes = {
        @Index(name = "idx_memory_embedding", columnList = "memory_id, embedding_model", unique = true),
        @Index(name = "ix_memory_embeddings_memory_id", columnList = "memory_id")})
public class MemoryEmbedding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "memory_id", nullable = false)
    private Integer memoryId;

    @Column(name = "embedding_model", length = 100, nullable = false)
    private String embeddingModel;

    @Column(name = "embedding_data", columnDefinition = "TEXT NOT NULL")
    private String embeddingData;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    public Integer getId() {
        return id;
    }

    public Integer getMemoryId() {
        return memoryId;
    }

    public void setMemoryId(Integer memoryId) {
        this.memoryId = memoryId;
    }

    public String getEmbeddingModel() {
        return embeddingModel;
    }

    public void setEmbeddingModel(String embeddingModel) {
        this.embeddingModel = embeddingModel;
    }

    public String getEmbeddingData() {
        return embeddingData;
    }

    public void setEmbeddingData(String embeddingData) {
        this.embeddingData = embeddingData;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }
}
