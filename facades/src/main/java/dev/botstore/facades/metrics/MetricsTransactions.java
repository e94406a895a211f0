package dev.botstore.facades.metrics;

import dev.botstore.api.metrics.DetailedMetrics;
import dev.botstore.api.metrics.GroupStatistics;
import dev.botstore.api.metrics.TrendsData;
import dev.botstore.facades.database.DatabaseInUse;
import dev.botstore.persistence.metrics.MetricsQueries;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.ZoneId;

/**
 * The statistics' reads, each on a connection of its own outside any container transaction: an
 * aggregate query needs none. {@link MetricsFacade} stands in front.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsTransactions {

    @Inject
    private DatabaseInUse inUse;

    public GroupStatistics groupStatistics(String groupId) {
        return run("the group statistics", queries -> queries.groupStatistics(groupId));
    }

    public DetailedMetrics detailedMetrics(String groupId) {
        return run("the detailed metrics", queries -> queries.detailedMetrics(groupId));
    }

    public TrendsData trends(long now, int days, ZoneId zone, int batches) {
        return run("the trends", queries -> queries.trends(now, days, zone, batches));
    }

    private <T> T run(String what, Query<T> query) {
        return inUse.run(what, (connection, type) -> query.on(new MetricsQueries(connection, type)));
    }

    /** Queries on one connection of their own. */
    @FunctionalInterface
    private interface Query<T> {
        T on(MetricsQueries queries) throws SQLException;
    }
}
