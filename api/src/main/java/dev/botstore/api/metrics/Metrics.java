package dev.botstore.api.metrics;

import java.time.ZoneId;

/** Statistics over the learning data (the original's MetricsFacade); every figure is an aggregate query. */
public interface Metrics {

    /** @param groupId null or blank: all groups */
    GroupStatistics groupStatistics(String groupId);

    /** @param groupId null or blank: all groups */
    DetailedMetrics detailedMetrics(String groupId);

    /**
     * Raw messages per local day over the {@code days} x 24 hours before {@code now} (epoch seconds),
     * and the {@code batches} newest learning batches.
     */
    TrendsData trends(long now, int days, ZoneId zone, int batches);
}
