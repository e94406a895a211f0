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
 * Table {@code kg_relations} of the original (knowledge_graph.py). Knowledge-graph subject-predicate-
 * object triples per group with confidence and creation time.
 */
@Entity
@Table(name = "kg_relations", indexes = {
        @Index(name = "idx_kg_relation_group", columnList = "group_id"),
        @Index(name = "idx_kg_relation_object", columnList = "object, group_id"),
        @Index(name = "idx_kg_relation_subject", columnList = "subject, group_id"),
        @Index(name = "ix_kg_relations_group_id", columnList = "group_id"),
        @Index(name = "ix_kg_relations_object", columnList = "object"),
        @Index(name = "ix_kg_relations_subject", columnList = "subject")}, uniqueConstraints = @UniqueConstraint(name = "uq_kg_relation", columnNames = {"subject", "predicate", "object", "group_id"}))
public class KgRelation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "subject", length = 191, nullable = false)
    private String subject;

    @Column(name = "predicate", length = 191, nullable = false)
    private String predicate;

    @Column(name = "object", length = 191, nullable = false)
    private String object;

    @Column(name = "confidence")
    private Double confidence = 1.0;

    @Column(name = "created_time", nullable = false)
    @EpochTime
    private Double createdTime;

    @Column(name = "group_id", length = 100, nullable = false)
    private String groupId;

    public Integer getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getPredicate() {
        return predicate;
    }

    public void setPredicate(String predicate) {
        this.predicate = predicate;
    }

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }

    public Double getConfidence() {
        return confidence;
    }

    public void setConfidence(Double confidence) {
        this.confidence = confidence;
    }

    public Double getCreatedTime() {
        return createdTime;
    }

    public void setCreatedTime(Double createdTime) {
        this.createdTime = createdTime;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }
}
