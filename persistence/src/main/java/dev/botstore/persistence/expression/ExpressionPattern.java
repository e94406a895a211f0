package dev.botstore.persistence.expression;

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
 * Table {@code expression_patterns} of the original (expression.py). Learned expression habits
 * (situation -> expression) scoped by group, persona and optionally user, with a weight and last-
 * active/creation times.
 */
@Entity
@Table(name = "expression_patterns", indexes = {
        @Index(name = "idx_expression_scope_user_active", columnList = "group_id, persona_id, user_id, last_active_time"),
        @Index(name = "idx_expression_scope_user_weight", columnList = "group_id, persona_id, user_id, weight"),
        @Index(name = "idx_group_persona_active", columnList = "group_id, persona_id, last_active_time"),
        @Index(name = "idx_group_persona_weight", columnList = "group_id, persona_id, weight"),
        @Index(name = "ix_expression_patterns_group_id", columnList = "group_id"),
        @Index(name = "ix_expression_patterns_persona_id", columnList = "persona_id"),
        @Index(name = "ix_expression_patterns_user_id", columnList = "user_id")})
public class ExpressionPattern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Integer id;

    @Column(name = "group_id", length = 255, nullable = false)
    private String groupId;

    @Column(name = "persona_id", length = 255, columnDefinition = "VARCHAR(255) DEFAULT 'default' NOT NULL")
    private String personaId = "default";

    @Column(name = "user_id", length = 255)
    private String userId;

    @Column(name = "situation", columnDefinition = "TEXT NOT NULL")
    private String situation;

    @Column(name = "expression", columnDefinition = "TEXT NOT NULL")
    private String expression;

    @Column(name = "weight", nullable = false)
    private Double weight = 1.0;

    @Column(name = "last_active_time", nullable = false)
    @EpochTime
    private Double lastActiveTime;

    @Column(name = "create_time", nullable = false)
    @EpochTime
    private Double createTime;

    @OneToMany(mappedBy = "pattern", fetch = FetchType.LAZY)
    private List<ExpressionGenerationResult> generationResults = new ArrayList<>();

    public Integer getId() {
        return id;
    }

    public String getGroupId() {
        return groupId;
    }

    public void setGroupId(String groupId) {
        this.groupId = groupId;
    }

    public String getPersonaId() {
        return personaId;
    }

    public void setPersonaId(String personaId) {
        this.personaId = personaId;
    }

    public String getUserId() {
        return userId;
    }

    public void setUserId(String userId) {
        this.userId = userId;
    }

    public String getSituation() {
        return situation;
    }

    public void setSituation(String situation) {
        this.situation = situation;
    }

    public String getExpression() {
        return expression;
    }

    public void setExpression(String expression) {
        this.expression = expression;
    }

    public Double getWeight() {
        return weight;
    }

    public void setWeight(Double weight) {
        this.weight = weight;
    }

    public Double getLastActiveTime() {
        return lastActiveTime;
    }

    public void setLastActiveTime(Double lastActiveTime) {
        this.lastActiveTime = lastActiveTime;
    }

    public Double getCreateTime() {
        return createTime;
    }

    public void setCreateTime(Double createTime) {
        this.createTime = createTime;
    }

    public List<ExpressionGenerationResult> getGenerationResults() {
        return generationResults;
    }

    public void setGenerationResults(List<ExpressionGenerationResult> generationResults) {
        this.generationResults = generationResults;
    }
}
