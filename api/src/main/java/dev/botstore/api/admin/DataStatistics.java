package dev.botstore.api.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Row counts per clean-up category (the original's {@code get_data_statistics}), plus the count of
 * every table behind them.
 */
public record DataStatistics(long messages, long personaReviews, long styleLearning, long jargon,
                             long learningHistory, long memory, long knowledgeGraph, long runtimeState,
                             Map<String, Long> tables) {

    public DataStatistics {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }
}
