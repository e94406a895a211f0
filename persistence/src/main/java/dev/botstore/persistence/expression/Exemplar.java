package dev.botstore.persistence.expression;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * {@code Exemplar} of the original plugin, table {@code exemplar}.
 * A high-quality message kept as a few-shot style example of a group, with an optional JSON embedding vector,
 * its dimensionality and a quality weight. Times are epoch seconds.
 */
@Entity
@Table(name = "exemplar", indexes = {
        @Index(name = "idx_exemplar_group_id", columnList = "group_id"),
        @Index(name = "idx_exemplar_group_weight", columnList = "group_id, weight"),
        @Index(name = "idx_exemplar_weight", columnList = "weight")
})
public class Exemplar {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "content", columnDefinition = "TEXT NOT NULL")
    private String content;

    @Column(name = "sender_id", length = 255)
    private String senderId;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    /** JSON text (an array of numbers). MEDIUMTEXT on MySQL in the original; LONGTEXT here. */
    @Column(name = "embedding_json", columnDefinition = "TEXT")
    private String embeddingJson;

    @Column(name = "weight")
    private Double weight = 1.0;

    @Column(name = "dimensions")
    private Integer dimensions = 0;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt = Instant.now().getEpochSecond();

    @Column(name = "updated_at", nullable = false)
    @EpochTime
    private Long updatedAt = Instant.now().getEpochSecond();

    public Integer getId() {
        return id;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getEmbeddingJson() {
        return embeddingJson;
    }

    public void setEmbeddingJson(String embeddingJson) {
        this.embeddingJson = embeddingJson;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }

    public Integer getDimensions() {
        return dimensions;
    }

    public void setDimensions(Integer dimensions) {
        this.dimensions = dimensions;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Long updatedAt) {
        this.updatedAt = updatedAt;
    }
}
