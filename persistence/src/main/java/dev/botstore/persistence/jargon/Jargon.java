package dev.botstore.persistence.jargon;

import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Table {@code jargon} of the original (jargon.py). Slang/jargon terms learned per chat (chat_id): the
 * term, a JSON list of raw usage contexts, inferred meaning, counters and the flags is_jargon /
 * is_complete (manually confirmed) / is_global; one row per (chat_id, content).
 */
@Entity
@Table(name = "jargon", indexes = {
        @Index(name = "idx_jargon_chat_id", columnList = "chat_id"),
        @Index(name = "idx_jargon_content", columnList = "content"),
        @Index(name = "idx_jargon_is_jargon", columnList = "is_jargon"),
        @Index(name = "uk_chat_content", columnList = "chat_id, content", unique = true),
        @Index(name = "ix_jargon_chat_id", columnList = "chat_id")})
public class Jargon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "content", columnDefinition = "TEXT NOT NULL")
    private String content;

    @Column(name = "raw_content", columnDefinition = "TEXT")
    private String rawContent;

    @Column(name = "meaning", columnDefinition = "TEXT")
    private String meaning;

    @Column(name = "is_jargon")
    private Boolean isJargon;

    @Column(name = "count")
    private Integer count = 1;

    @Column(name = "last_inference_count")
    private Integer lastInferenceCount = 0;

    @Column(name = "is_complete")
    private Boolean isComplete = false;

    @Column(name = "is_global")
    private Boolean isGlobal = false;

    @Column(name = "chat_id", length = 255, nullable = false)
    private String chatId;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    @Column(name = "updated_at", nullable = false)
    @EpochTime
    private Long updatedAt;

    @OneToMany(mappedBy = "jargon", fetch = FetchType.LAZY)
    private List<JargonUsageFrequency> usageFrequencies = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getRawContent() {
        return rawContent;
    }

    public void setRawContent(String rawContent) {
        this.rawContent = rawContent;
    }

    public String getMeaning() {
        return meaning;
    }

    public void setMeaning(String meaning) {
        this.meaning = meaning;
    }

    public Boolean getIsJargon() {
        return isJargon;
    }

    public void setIsJargon(Boolean isJargon) {
        this.isJargon = isJargon;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public Integer getLastInferenceCount() {
        return lastInferenceCount;
    }

    public void setLastInferenceCount(Integer lastInferenceCount) {
        this.lastInferenceCount = lastInferenceCount;
    }

    public Boolean getIsComplete() {
        return isComplete;
    }

    public void setIsComplete(Boolean isComplete) {
        this.isComplete = isComplete;
    }

    public Boolean getIsGlobal() {
        return isGlobal;
    }

    public void setIsGlobal(Boolean isGlobal) {
        this.isGlobal = isGlobal;
    }

    public String getChatId() {
        return chatId;
    }

    public void setChatId(String chatId) {
        this.chatId = chatId;
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

    public List<JargonUsageFrequency> getUsageFrequencies() {
        return usageFrequencies;
    }

    public void setUsageFrequencies(List<JargonUsageFrequency> usageFrequencies) {
        this.usageFrequencies = usageFrequencies;
    }
}
