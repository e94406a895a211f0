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
 * {@code SocialNetworkNode} of the original plugin, table {@code social_network_nodes}.
 * A user as a node of a group's social network graph, with JSON properties. Times are epoch seconds.
 */
@Entity
@Table(name = "social_network_nodes", indexes = {
        @Index(name = "idx_social_node_group_user", columnList = "group_id, user_id", unique = true),
        @Index(name = "ix_social_network_nodes_group_id", columnList = "group_id"),
        @Index(name = "ix_social_network_nodes_user_id", columnList = "user_id")
})
public class SocialNetworkNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "node_type", length = 50)
    private String nodeType = "user";

    @Column(name = "display_name", length = 255)
    private String displayName;

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

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getNodeType() {
        return nodeType;
    }

    public void setNodeType(String nodeType) {
        this.nodeType = nodeType;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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
