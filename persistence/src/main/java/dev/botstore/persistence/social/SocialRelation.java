package dev.botstore.persistence.social;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * {@code SocialRelation} of the original plugin, table {@code social_relations}.
 * Pairwise social relation in the original's hybrid legacy layout: the MySQL variant's columns (user_id,
 * affection_score, interaction_count, metadata) next to the SQLite variant's (from_user, to_user, strength,
 * frequency). Every column but the id is nullable; {@code last_interaction} is epoch seconds (float),
 * {@code created_at}/{@code updated_at} epoch seconds.
 */
@Entity
@Table(name = "social_relations", indexes = {
        @Index(name = "idx_affection", columnList = "affection_score"),
        @Index(name = "idx_social_relations_group", columnList = "group_id"),
        @Index(name = "uk_from_to_type", columnList = "from_user, to_user, relation_type", unique = true),
        @Index(name = "uk_user_group", columnList = "user_id, group_id", unique = true),
        @Index(name = "ix_social_relations_group_id", columnList = "group_id")
})
public class SocialRelation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "user_id", length = 255)
    private String userId;

    @Column(name = "from_user", length = 255)
    private String fromUser;

    @Column(name = "to_user", length = 255)
    private String toUser;

    @Column(name = "group_id", length = 255)
    private String groupId;

    @Column(name = "relation_type", length = 100)
    private String relationType;

    @Column(name = "affection_score")
    private Double affectionScore = 0.0;

    @Column(name = "interaction_count")
    private Integer interactionCount = 0;

    @Column(name = "strength")
    private Double strength;

    @Column(name = "frequency")
    private Integer frequency;

    @Column(name = "last_interaction")
    @EpochTime
    private Double lastInteraction;

    /** JSON text. */
    @Column(name = "metadata", columnDefinition = "TEXT")
    private String metadata;

    @Column(name = "created_at")
    @EpochTime
    private Long createdAt;

    @Column(name = "updated_at")
    @EpochTime
    private Long updatedAt;

    public Integer getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getFromUser() {
        return fromUser;
    }

    public void setFromUser(String fromUser) {
        this.fromUser = fromUser;
    }

    public String getToUser() {
        return toUser;
    }

    public void setToUser(String toUser) {
        this.toUser = toUser;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getRelationType() {
        return relationType;
    }

    public void setRelationType(String relationType) {
        this.relationType = relationType;
    }

    public Double getAffectionScore() {
        return affectionScore;
    }

    public void setAffectionScore(Double affectionScore) {
        this.affectionScore = affectionScore;
    }

    public Integer getInteractionCount() {
        return interactionCount;
    }

    public void setInteractionCount(Integer interactionCount) {
        this.interactionCount = interactionCount;
    }

    public Double getStrength() {
        return strength;
    }

    public void setStrength(Double strength) {
        this.strength = strength;
    }

    public Integer getFrequency() {
        return frequency;
    }

    public void setFrequency(Integer frequency) {
        this.frequency = frequency;
    }

    public Double getLastInteraction() {
        return lastInteraction;
    }

    public void setLastInteraction(Double lastInteraction) {
        this.lastInteraction = lastInteraction;
    }

    public String getMetadata() {
        return metadata;
    }

    public void setMetadata(String metadata) {
        this.metadata = metadata;
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
