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
 * {@code SocialRelationAnalysisResult} of the original plugin, table {@code social_relation_analysis_results}.
 * Result (JSON text) of one social-relation analysis of a group. {@code created_at} is epoch seconds.
 */
@Entity
@Table(name = "social_relation_analysis_results", indexes = {
        @Index(name = "idx_social_analysis_group", columnList = "group_id"),
        @Index(name = "idx_social_analysis_type", columnList = "analysis_type"),
        @Index(name = "ix_social_relation_analysis_results_group_id", columnList = "group_id")
})
public class SocialRelationAnalysisResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "analysis_type", length = 50, nullable = false)
    private String analysisType;

    /** JSON text. */
    @Column(name = "result_data", columnDefinition = "TEXT NOT NULL")
    private String resultData;

    @Column(name = "created_at", nullable = false)
    @EpochTime
    private Long createdAt;

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getAnalysisType() {
        return analysisType;
    }

    public void setAnalysisType(String analysisType) {
        this.analysisType = analysisType;
    }

    public String getResultData() {
        return resultData;
    }

    public void setResultData(String resultData) {
        this.resultData = resultData;
    }

    public Long getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Long createdAt) {
        this.createdAt = createdAt;
    }
}
