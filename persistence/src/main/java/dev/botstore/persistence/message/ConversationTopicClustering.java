package dev.botstore.persistence.message;

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
 * Table {@code conversation_topic_clustering} of the original (message.py). Topic-clustering output
 * per group: cluster id, JSON keyword list, message count, JSON representative messages and a binary
 * centroid vector.
 */
@Entity
@Table(name = "conversation_topic_clustering", indexes = {
        @Index(name = "idx_topic_cluster", columnList = "cluster_id"),
        @Index(name = "idx_topic_count", columnList = "message_count"),
        @Index(name = "idx_topic_group", columnList = "group_id"),
        @Index(name = "ix_conversation_topic_clustering_cluster_id", columnList = "cluster_id"),
        @Index(name = "ix_conversation_topic_clustering_group_id", columnList = "group_id")})
public class ConversationTopicClustering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "cluster_id", length = 255, nullable = false)
    private String clusterId;

    @Column(name = "topic_keywords", columnDefinition = "TEXT NOT NULL")
    private String topicKeywords;

    @Column(name = "message_count")
    private Integer messageCount = 0;

    @Column(name = "representative_messages", columnDefinition = "TEXT")
    private String representativeMessages;

    @Column(name = "cluster_center")
    private byte[] clusterCenter;

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

    public String getClusterId() {
        return clusterId;
    }

    public void setClusterId(String clusterId) {
        this.clusterId = clusterId;
    }

    public String getTopicKeywords() {
        return topicKeywords;
    }

    public void setTopicKeywords(String topicKeywords) {
        this.topicKeywords = topicKeywords;
    }

    public Integer getMessageCount() {
        return messageCount;
    }

    public void setMessageCount(Integer messageCount) {
        this.messageCount = messageCount;
    }

    public String getRepresentativeMessages() {
        return representativeMessages;
    }

    public void setRepresentativeMessages(String representativeMessages) {
        this.representativeMessages = representativeMessages;
    }

    public byte[] getClusterCenter() {
        return clusterCenter;
    }

    public void setClusterCenter(byte[] clusterCenter) {
        this.clusterCenter = clusterCenter;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
