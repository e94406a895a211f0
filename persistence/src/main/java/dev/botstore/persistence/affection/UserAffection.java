package dev.botstore.persistence.affection;

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
 * {@code UserAffection} of the original plugin, table {@code user_affections}.
 * The bot's affection level (0 to max) towards one user in one group; parent of {@link AffectionInteraction}.
 * Times are epoch seconds.
 */
@Entity
@Table(name = "user_affections", indexes = {
        @Index(name = "idx_group_user_affection", columnList = "group_id, user_id", unique = true),
        @Index(name = "ix_user_affections_group_id", columnList = "group_id"),
        @Index(name = "ix_user_affections_user_id", columnList = "user_id")
})
public class UserAffection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "affection_level", nullable = false)
    private Integer affectionLevel = 0;

    @Column(name = "max_affection", nullable = false)
    private Integer maxAffection = 100;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "updated_at", nullable = false)
    @EpochTime
    private Long updatedAt;

    @OneToMany(mappedBy = "userAffection")
    private List<AffectionInteraction> interactions = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public Integer getAffectionLevel() {
        return affectionLevel;
    }

    public void setAffectionLevel(Integer affectionLevel) {
        this.affectionLevel = affectionLevel;
    }

    public Integer getMaxAffection() {
        return maxAffection;
    }

    public void setMaxAffection(Integer maxAffection) {
        this.maxAffection = maxAffection;
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

    public List<AffectionInteraction> getInteractions() {
        return interactions;
    }
}
