package dev.botstore.api.expression;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;

/** A language style with its example phrases (parsed JSON) and how often it was saved. */
@JsonbNillable
public record LanguageStylePattern(Integer id, String languageStyle, JsonValue examplePhrases, Integer usageFrequency,
                                   String contextType, Double confidenceScore, Double lastUpdated) {
}
