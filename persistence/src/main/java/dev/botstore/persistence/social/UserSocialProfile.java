package dev.botstore.persistence.social;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code UserSocialProfile} of the original plugin, table {@code user_social_profiles}.
 * Aggregate of one user's social relations in one group (relation counts, dominant type); parent of
 * {@link UserSocialRelationComponent}. Times are epoch seconds.
 */
@Entity
@Table(name = "user_social_profiles", indexes = {
        @Index(name = "idx_social_profile_user_group", columnList = "user_id, group_id", unique = true),
        @Index(name = "ix_user_social_profiles_user_id", columnList = "user_id"),
        @Index(name = "ix_user_social_profiles_group_id", columnList = "group_id")
})
public class UserSocialProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "total_relations", nullable = false)
    private Integer totalRelations = 0;

    @Column(name = "significant_relations", nullable = false)
    private Integer significantRelations = 0;

    @Column(name = "dominant_relation_type", length = 100)
    private String dominantRelationType;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "last_updated", nullable = false)
    @EpochTime
    private Long lastUpdated;

    @OneToMany(mappedBy = "profile")
    private List<UserSocialRelationComponent> relationComponents = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Integer getTotalRelations() {
        return totalRelations;
    }

    public void setTotalRelations(Integer totalRelations) {
        this.totalRelations = totalRelations;
    }

    public Integer getSignificantRelations() {
        return significantRelations;
    }

    public void setSignificantRelations(Integer significantRelations) {
        this.significantRelations = significantRelations;
    }

    public String getDominantRelationType() {
        return dominantRelationType;
    }

    public void setDominantRelationType(String dominantRelationType) {
        this.dominantRelationType = dominantRelationType;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Long getLastUpdated() {
        return lastUpdated;
    }

    public void setLastUpdated(Long lastUpdated) {
        this.lastUpdated = lastUpdated;
    }

    public List<UserSocialRelationComponent> getRelationComponents() {
        return relationComponents;
    }
}
