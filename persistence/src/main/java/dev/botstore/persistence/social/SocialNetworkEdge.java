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
 * {@code SocialNetworkEdge} of the original plugin, table {@code social_network_edges}.
 * A directed edge of a group's social network graph, with type, weight and JSON properties. Times are epoch
 * seconds.
 */
@Entity
@Table(name = "social_network_edges", indexes = {
        @Index(name = "idx_social_edge_from_to", columnList = "group_id, from_user_id, to_user_id"),
        @Index(name = "ix_social_network_edges_group_id", columnList = "group_id"),
        @Index(name = "ix_social_network_edges_from_user_id", columnList = "from_user_id"),
        @Index(name = "ix_social_network_edges_to_user_id", columnList = "to_user_id")
})
public class SocialNetworkEdge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "from_user_id", length = 255, nullable = false)
    private String fromUserId;

    @Column(name = "to_user_id", length = 255, nullable = false)
    private String toUserId;

    @Column(name = "edge_type", length = 50, nullable = false)
    private String edgeType;

    @Column(name = "weight")
    private Double weight = 1.0;

    /** JSON text. */
    @Column(name = "properties", columnDefinition = "TEXT")
    private String properties;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "updated_at", nullable = false)
    @EpochTime
    private Long updatedAt;

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getFromUserId() {
        return fromUserId;
    }

    public void setFromUserId(String fromUserId) {
        this.fromUserId = fromUserId;
    }

    public String getToUserId() {
        return toUserId;
    }

    public void setToUserId(String toUserId) {
        this.toUserId = toUserId;
    }

    public String getEdgeType() {
        return edgeType;
    }

    public void setEdgeType(String edgeType) {
        this.edgeType = edgeType;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }

    public String getProperties() {
        return properties;
    }

    public void setProperties(String properties) {
        this.properties = properties;
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
