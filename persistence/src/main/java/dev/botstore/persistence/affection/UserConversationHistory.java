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
 * {@code UserConversationHistory} of the original plugin, table {@code user_conversation_history}.
 * One conversation turn (role, content, turn index) with a user in a group. {@code timestamp} is epoch
 * seconds.
 */
@Entity
@Table(name = "user_conversation_history", indexes = {
        @Index(name = "idx_group_user_history", columnList = "group_id, user_id"),
        @Index(name = "idx_history_timestamp", columnList = "timestamp"),
        @Index(name = "ix_user_conversation_history_group_id", columnList = "group_id"),
        @Index(name = "ix_user_conversation_history_user_id", columnList = "user_id")
})
public class UserConversationHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "user_id", length = 255, nullable = false)
    private String userId;

    @Column(name = "role", length = 20, nullable = false)
    private String role;

    @Column(name = "content", columnDefinition = "TEXT NOT NULL")
    private String content;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Long timestamp;

    @Column(name = "turn_index", nullable = false)
    private Integer turnIndex;

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

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }

    public Integer getTurnIndex() {
        return turnIndex;
    }

    public void setTurnIndex(Integer turnIndex) {
        this.turnIndex = turnIndex;
    }
}
