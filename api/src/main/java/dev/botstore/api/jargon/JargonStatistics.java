package dev.botstore.api.jargon;

/** The aggregate of {@code get_jargon_statistics}, with the original's keys. */
public record JargonStatistics(long totalCandidates, long confirmedJargon, long completedInference,
                               long totalOccurrences, Double averageCount, long activeGroups) {
}
