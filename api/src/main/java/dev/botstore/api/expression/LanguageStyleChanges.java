package dev.botstore.api.expression;

/**
 * What a save of a language style sets; a null field keeps the stored value (a new style gets
 * {@code []}, "general" and no confidence). {@code examplePhrases} is JSON text.
 */
public record LanguageStyleChanges(String examplePhrases, String contextType, Double confidenceScore) {
}
