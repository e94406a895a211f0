package dev.botstore.persistence.affection;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * {@code UserDiversity} of the original plugin, table {@code user_diversity}.
 * Hash and preview of a response the bot sent to a user in a group, kept to avoid repeating itself.
 * {@code timestamp} is epoch seconds.
 */
@Entity
@Table(name = "user_diversity", indexes = {
        @Index(name = "idx_diversity_timestamp", columnList = "timestamp"),
        @Index(name = "idx_group_user_diversity", columnList = "group_id, user_id"),
        @Index(name = "ix_user_diversity_group_id", columnList = "group_id"),
        @Index(name = "ix_user_diversity_user_id", columnList = "user_id")
})
public class UserDiversity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "response_hash", length = 64, nullable = false)
    private String responseHash;

    @Column(name = "response_preview", length = 200)
    private String responsePreview;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Long timestamp;

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

    public String getResponseHash() {
        return responseHash;
    }

    public void setResponseHash(String responseHash) {
        this.responseHash = responseHash;
    }

    public String getResponsePreview() {
        return responsePreview;
    }

    public void setResponsePreview(String responsePreview) {
        this.responsePreview = responsePreview;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }
}
