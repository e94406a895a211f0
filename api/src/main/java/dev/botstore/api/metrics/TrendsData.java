package dev.botstore.api.metrics;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The original's {@code get_trends_data}.
 *
 * @param dailyMessages  raw messages per local date ({@code YYYY-MM-DD}, ascending) in the window;
 *                       days without messages are absent, like the original's
 * @param recentBatches  the newest learning batches of all groups, newest first
 */
public record TrendsData(Map<String, Long> dailyMessages, List<RecentBatch> recentBatches) {

    public TrendsData {
        dailyMessages = Collections.unmodifiableMap(new LinkedHashMap<>(dailyMessages));
        recentBatches = List.copyOf(recentBatches);
    }
}
