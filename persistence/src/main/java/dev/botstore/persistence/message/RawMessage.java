package dev.botstore.persistence.message;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * Table {@code raw_messages} of the original (message.py). Every incoming chat message captured by the
 * collector (sender, group, text, platform message id, reply target, epoch-second timestamps) plus a
 * processed flag that the learning pipeline flips once the message has been consumed.
 */
@Entity
@Table(name = "raw_messages", indexes = {
        @Index(name = "idx_raw_group", columnList = "group_id"),
        @Index(name = "idx_raw_processed", columnList = "processed"),
        @Index(name = "idx_raw_sender", columnList = "sender_id"),
        @Index(name = "idx_raw_timestamp", columnList = "timestamp"),
        @Index(name = "ix_raw_messages_group_id", columnList = "group_id"),
        @Index(name = "ix_raw_messages_sender_id", columnList = "sender_id"),
        @Index(name = "ix_raw_messages_sender_qq", columnList = "sender_qq")})
public class RawMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "sender_id", length = 255, nullable = false)
    private String senderId;

    @Column(name = "sender_name", length = 255)
    private String senderName;

    @Column(name = "sender_qq", length = 32)
    private String senderQq;

    @Column(name = "message", columnDefinition = "TEXT NOT NULL")
    private String message;

    @Column(name = "group_id", length = 255)
    private String groupId;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Long timestamp;

    @Column(name = "platform", length = 100)
    private String platform;

    @Column(name = "message_id", length = 255)
    private String messageId;

    @Column(name = "reply_to", length = 255)
    private String replyTo;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "processed")
    private Boolean processed = false;

    public Integer getId() {
        return id;
    }

    public String getSenderId() {
        return senderId;
    }

    public void setSenderId(String senderId) {
        this.senderId = senderId;
    }

    public String getSenderName() {
        return senderName;
    }

    public void setSenderName(String senderName) {
        this.senderName = senderName;
    }

    public String getSenderQq() {
        return senderQq;
    }

    public void setSenderQq(String senderQq) {
        this.senderQq = senderQq;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getMessageId() {
        return messageId;
    }

    public void setMessageId(String messageId) {
        this.messageId = messageId;
    }

    public String getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(String replyTo) {
        this.replyTo = replyTo;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }

    public Boolean getProcessed() {
        return processed;
    }

    public void setProcessed(Boolean processed) {
        this.processed = processed;
    }
}
