package dev.botstore.persistence.expression;

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
 * Table {@code style_profiles} of the original (expression.py). Aggregate numeric style metrics
 * (vocabulary richness, complexity, formality, ...) for a named profile.
 */
@Entity
@Table(name = "style_profiles", indexes = {
        @Index(name = "idx_style_profile_name", columnList = "profile_name")})
public class StyleProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "profile_name", length = 255, nullable = false)
    private String profileName;

    @Column(name = "vocabulary_richness")
    private Double vocabularyRichness;

    @Column(name = "sentence_complexity")
    private Double sentenceComplexity;

    @Column(name = "emotional_expression")
    private Double emotionalExpression;

    @Column(name = "interaction_tendency")
    private Double interactionTendency;

    @Column(name = "topic_diversity")
    private Double topicDiversity;

    @Column(name = "formality_level")
    private Double formalityLevel;

    @Column(name = "creativity_score")
    private Double creativityScore;

    @Column(name = "created_at")
    private LocalDateTime createdAt = LocalDateTime.now(ZoneOffset.UTC);

    public Integer getId() {
        return id;
    }

    public String getProfileName() {
        return profileName;
    }

    public void setProfileName(String profileName) {
        this.profileName = profileName;
    }

    public Double getVocabularyRichness() {
        return vocabularyRichness;
    }

    public void setVocabularyRichness(Double vocabularyRichness) {
        this.vocabularyRichness = vocabularyRichness;
    }

    public Double getSentenceComplexity() {
        return sentenceComplexity;
    }

    public void setSentenceComplexity(Double sentenceComplexity) {
        this.sentenceComplexity = sentenceComplexity;
    }

    public Double getEmotionalExpression() {
        return emotionalExpression;
    }

    public void setEmotionalExpression(Double emotionalExpression) {
        this.emotionalExpression = emotionalExpression;
    }

    public Double getInteractionTendency() {
        return interactionTendency;
    }

    public void setInteractionTendency(Double interactionTendency) {
        this.interactionTendency = interactionTendency;
    }

    public Double getTopicDiversity() {
        return topicDiversity;
    }

    public void setTopicDiversity(Double topicDiversity) {
        this.topicDiversity = topicDiversity;
    }

    public Double getFormalityLevel() {
        return formalityLevel;
    }

    public void setFormalityLevel(Double formalityLevel) {
        this.formalityLevel = formalityLevel;
    }

    public Double getCreativityScore() {
        return creativityScore;
    }

    public void setCreativityScore(Double creativityScore) {
        this.creativityScore = creativityScore;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
    }
}
