package dev.botstore.facades.metrics;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.metrics.DetailedMetrics;
import dev.botstore.api.metrics.GroupStatistics;
import dev.botstore.api.metrics.Metrics;
import dev.botstore.api.metrics.TrendsData;
import dev.botstore.facades.database.DatabaseGuard;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import java.time.ZoneId;

/**
 * Statistics over the learning data, each an aggregate query ({@code MetricsQueries}) read by
 * {@link MetricsTransactions}; reads only.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsFacade implements Metrics {

    @EJB
    private MetricsTransactions transactions;

    @Override
    public GroupStatistics groupStatistics(String groupId) {
        return transactions.groupStatistics(groupId);
    }

    @Override
    public DetailedMetrics detailedMetrics(String groupId) {
        return transactions.detailedMetrics(groupId);
    }

    @Override
    public TrendsData trends(long now, int days, ZoneId zone, int batches) {
        return transactions.trends(now, days, zone, batches);
    }
}
