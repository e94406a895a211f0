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
 * Table {@code kg_entities} of the original (knowledge_graph.py). Knowledge-graph entities per group
 * with type, appearance count and last-active time.
 */
@Entity
@Table(name = "kg_entities", indexes = {
        @Index(name = "idx_kg_entity_count", columnList = "appear_count"),
        @Index(name = "idx_kg_entity_group", columnList = "group_id"),
        @Index(name = "ix_kg_entities_group_id", columnList = "group_id"),
        @Index(name = "ix_kg_entities_name", columnList = "name")}, uniqueConstraints = @UniqueConstraint(name = "uq_kg_entity_name_group", columnNames = {"name", "group_id"}))
public class KgEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "name", length = 255, nullable = false)
    private String name;

    @Column(name = "entity_type", length = 100)
    private String entityType = "general";

    @Column(name = "appear_count")
    private Integer appearCount = 1;

    @Column(name = "last_active_time", nullable = false)
    @EpochTime
    private Double lastActiveTime;

    @Column(name = "group_id", length = 100, nullable = false)
    private String groupId;

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public Integer getAppearCount() {
        return appearCount;
    }

    public void setAppearCount(Integer appearCount) {
        this.appearCount = appearCount;
    }

    public Double getLastActiveTime() {
        return lastActiveTime;
    }

    public void setLastActiveTime(Double lastActiveTime) {
        this.lastActiveTime = lastActiveTime;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }
}
