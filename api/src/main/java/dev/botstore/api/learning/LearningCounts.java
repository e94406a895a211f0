package dev.botstore.api.learning;

/** The dashboard's three counters: pending persona reviews, style patterns, refined (filtered) messages. */
public record LearningCounts(long pendingPersonaUpdates, long styleLearningPatterns, long refinedMessages) {
}
