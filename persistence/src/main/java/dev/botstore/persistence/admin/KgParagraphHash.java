package dev.botstore.persistence.admin;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

/**
 * Table {@code kg_paragraph_hashes} of the original (knowledge_graph.py). Hashes of paragraphs already
 * fed into the knowledge graph, per group, for de-duplication.
 */
@Entity
@Table(name = "kg_paragraph_hashes", indexes = {
        @Index(name = "ix_kg_paragraph_hashes_group_id", columnList = "group_id"),
        @Index(name = "ix_kg_paragraph_hashes_hash_value", columnList = "hash_value")}, uniqueConstraints = @UniqueConstraint(name = "uq_kg_paragraph_hash", columnNames = {"hash_value", "group_id"}))
public class KgParagraphHash {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "hash_value", length = 64, nullable = false)
    private String hashValue;

    @Column(name = "group_id", length = 100, nullable = false)
    private String groupId;

    @Column(name = "created_time", nullable = false)
    @EpochTime
    private Double createdTime;

    public Integer getId() {
        return id;
    }

    public String getHashValue() {
        return hashValue;
    }

    public void setHashValue(String hashValue) {
        this.hashValue = hashValue;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Double getCreatedTime() {
        return createdTime;
    }

    public void setCreatedTime(Double createdTime) {
        this.createdTime = createdTime;
    }
}
