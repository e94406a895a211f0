package dev.botstore.persistence.persona;

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
 * {@code PersonaAttributeWeight} of the original plugin, table {@code persona_attribute_weights}.
 * Weight of one persona attribute in a group, with the reason of its last adjustment. {@code updated_at} is
 * epoch seconds (float).
 */
@Entity
@Table(name = "persona_attribute_weights", indexes = {
        @Index(name = "idx_weight_attribute", columnList = "attribute_name"),
        @Index(name = "idx_weight_group", columnList = "group_id"),
        @Index(name = "idx_weight_persona", columnList = "persona_id"),
        @Index(name = "idx_weight_updated", columnList = "updated_at"),
        @Index(name = "ix_persona_attribute_weights_group_id", columnList = "group_id"),
        @Index(name = "ix_persona_attribute_weights_persona_id", columnList = "persona_id")
})
public class PersonaAttributeWeight {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "persona_id", length = 255, nullable = false)
    private String personaId;

    @Column(name = "attribute_name", length = 100, nullable = false)
    private String attributeName;

    @Column(name = "weight", nullable = false)
    private Double weight;

    @Column(name = "adjustment_reason", columnDefinition = "TEXT")
    private String adjustmentReason;

    @Column(name = "updated_at", nullable = false)
    @EpochTime
    private Double updatedAt;

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

    public String getPersonaId() {
        return personaId;
    }

    public void setPersonaId(String personaId) {
        this.personaId = personaId;
    }

    public String getAttributeName() {
        return attributeName;
    }

    public void setAttributeName(String attributeName) {
        this.attributeName = attributeName;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }

    public String getAdjustmentReason() {
        return adjustmentReason;
    }

    public void setAdjustmentReason(String adjustmentReason) {
        this.adjustmentReason = adjustmentReason;
    }

    public Double getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Double updatedAt) {
        this.updatedAt = updatedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
