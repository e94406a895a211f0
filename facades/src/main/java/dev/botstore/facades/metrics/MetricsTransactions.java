package dev.botstore.facades.metrics;

import dev.botstore.api.metrics.DetailedMetrics;
import dev.botstore.api.metrics.GroupStatistics;
import dev.botstore.api.metrics.TrendsData;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.metrics.MetricsQueries;
import dev.botstore.persistence.support.ConnectionWork;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.time.ZoneId;

/**
 * The statistics' reads, each on a connection of its own outside any container transaction: an
 * aggregate query needs none. {@link MetricsFacade} stands in front.
 */
@Stateless
@LocalBean
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsTransactions {

    @EJB
    private Databases databases;

    public GroupStatistics groupStatistics(String groupId) {
        return ConnectionWork.run(databases.dataSource(), "the group statistics", c -> queries(c).groupStatistics(groupId));
    }

    public DetailedMetrics detailedMetrics(String groupId) {
        return ConnectionWork.run(databases.dataSource(), "the detailed metrics", c -> queries(c).detailedMetrics(groupId));
    }

    public TrendsData trends(long now, int days, ZoneId zone, int batches) {
        return ConnectionWork.run(databases.dataSource(), "the trends", c -> queries(c).trends(now, days, zone, batches));
    }

    private MetricsQueries queries(Connection c) {
        return new MetricsQueries(c, databases.dialect().type());
    }
}
