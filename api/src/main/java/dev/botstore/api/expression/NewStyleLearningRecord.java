package dev.botstore.api.expression;

/**
 * A style-learning record to store; nulls take the original's defaults ("unknown", {@code []},
 * 0.0, 0). {@code learnedPatterns} is JSON text.
 */
public record NewStyleLearningRecord(String styleType, String learnedPatterns, Double confidenceScore,
                                     Integer sampleCount) {
}
