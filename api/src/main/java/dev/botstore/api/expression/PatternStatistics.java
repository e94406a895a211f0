package dev.botstore.api.expression;

/** The original's statistics dict: all patterns, and the groups that have any. */
public record PatternStatistics(long totalPatterns, long groupsWithPatterns) {
}
