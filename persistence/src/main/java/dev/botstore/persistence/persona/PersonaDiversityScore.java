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
 * {@code PersonaDiversityScore} of the original plugin, table {@code persona_diversity_scores}.
 * Diversity score of a persona along one dimension in a group. {@code calculated_at} is epoch seconds
 * (float).
 */
@Entity
@Table(name = "persona_diversity_scores", indexes = {
        @Index(name = "idx_diversity_calculated", columnList = "calculated_at"),
        @Index(name = "idx_diversity_dimension", columnList = "diversity_dimension"),
        @Index(name = "idx_diversity_group", columnList = "group_id"),
        @Index(name = "idx_diversity_persona", columnList = "persona_id"),
        @Index(name = "ix_persona_diversity_scores_group_id", columnList = "group_id"),
        @Index(name = "ix_persona_diversity_scores_persona_id", columnList = "persona_id")
})
public class PersonaDiversityScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "persona_id", length = 255, nullable = false)
    private String personaId;

    @Column(name = "diversity_dimension", length = 100, nullable = false)
    private String diversityDimension;

    @Column(name = "score", nullable = false)
    private Double score;

    @Column(name = "calculated_at", nullable = false)
    @EpochTime
    private Double calculatedAt;

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

    public String getDiversityDimension() {
        return diversityDimension;
    }

    public void setDiversityDimension(String diversityDimension) {
        this.diversityDimension = diversityDimension;
    }

    public Double getScore() {
        return score;
    }

    public void setScore(Double score) {
        this.score = score;
    }

    public Double getCalculatedAt() {
        return calculatedAt;
    }

    public void setCalculatedAt(Double calculatedAt) {
        this.calculatedAt = calculatedAt;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
