package dev.botstore.api.expression;

import jakarta.json.bind.annotation.JsonbNillable;

/** A named style profile: the original's seven metrics, each null until set. */
@JsonbNillable
public record StyleProfile(String profileName, Double vocabularyRichness, Double sentenceComplexity,
                           Double emotionalExpression, Double interactionTendency, Double topicDiversity,
                           Double formalityLevel, Double creativityScore) {
}
