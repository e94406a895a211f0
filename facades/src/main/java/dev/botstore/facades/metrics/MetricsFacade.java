package dev.botstore.facades.metrics;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.metrics.DetailedMetrics;
import dev.botstore.api.metrics.GroupStatistics;
import dev.botstore.api.metrics.Metrics;
import dev.botstore.api.metrics.TrendsData;
import dev.botstore.facades.admin.AdminJdbc;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.metrics.MetricsQueries;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;

/** Statistics over the learning data, each an aggregate query ({@link MetricsQueries}); reads only. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.BOT})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsFacade implements Metrics {

    @EJB
    private Databases databases;

    @Override
    public GroupStatistics groupStatistics(String groupId) {
        try (Connection c = AdminJdbc.connection(databases)) {
            return queries(c).groupStatistics(groupId);
        } catch (SQLException e) {
            throw AdminJdbc.failure("the group statistics", e);
        }
    }

    @Override
    public DetailedMetrics detailedMetrics(String groupId) {
        try (Connection c = AdminJdbc.connection(databases)) {
            return queries(c).detailedMetrics(groupId);
        } catch (SQLException e) {
            throw AdminJdbc.failure("the detailed metrics", e);
        }
    }

    @Override
    public TrendsData trends(long now, int days, ZoneId zone, int batches) {
        try (Connection c = AdminJdbc.connection(databases)) {
            return queries(c).trends(now, days, zone, batches);
        } catch (SQLException e) {
            throw AdminJdbc.failure("the trends", e);
        }
    }

    private MetricsQueries queries(Connection c) {
        return new MetricsQueries(c, AdminJdbc.type(databases));
    }
}
