package dev.botstore.persistence.affection;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * {@code AffectionInteraction} of the original plugin, table {@code affection_interactions}.
 * One change (type, delta, message) of a {@link UserAffection}. {@code timestamp} is epoch seconds.
 */
@Entity
@Table(name = "affection_interactions", indexes = {
        @Index(name = "idx_affection_interaction_timestamp", columnList = "timestamp"),
        @Index(name = "idx_user_affection_interaction", columnList = "user_affection_id")
})
public class AffectionInteraction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_affection_id", nullable = false)
    private UserAffection userAffection;

    @Column(name = "interaction_type", length = 50, nullable = false)
    private String interactionType;

    @Column(name = "affection_delta", nullable = false)
    private Integer affectionDelta;

    @Column(name = "message_content", columnDefinition = "TEXT")
    private String messageContent;

    @Column(name = "timestamp", nullable = false)
    @EpochTime
    private Long timestamp;

    public Integer getId() {
        return id;
    }

    public UserAffection getUserAffection() {
        return userAffection;
    }

    public void setUserAffection(UserAffection userAffection) {
        this.userAffection = userAffection;
    }

    public String getInteractionType() {
        return interactionType;
    }

    public void setInteractionType(String interactionType) {
        this.interactionType = interactionType;
    }

    public Integer getAffectionDelta() {
        return affectionDelta;
    }

    public void setAffectionDelta(Integer affectionDelta) {
        this.affectionDelta = affectionDelta;
    }

    public String getMessageContent() {
        return messageContent;
    }

    public void setMessageContent(String messageContent) {
        this.messageContent = messageContent;
    }

    public Long getTimestamp() {
        return timestamp;
    }

    public void setTimestamp(Long timestamp) {
        this.timestamp = timestamp;
    }
}
