package dev.botstore.persistence.admin;

import dev.botstore.api.admin.CategoryCleanup;
import dev.botstore.persistence.config.DbType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Deletes and counts the rows of the clean-up categories over plain JDBC. A category is cleared in
 * one transaction of the connection: every table in order, then a commit; the first failure rolls
 * the whole category back and is reported as such, so a result never claims rows that are still
 * there.
 */
public final class DataCleaner {

    private static final Logger LOG = Logger.getLogger(DataCleaner.class.getName());

    private final Connection connection;
    private final DbType type;

    /** @param connection a connection this class may switch out of auto-commit; it is restored after each call */
    public DataCleaner(Connection connection, DbType type) {
        this.connection = connection;
        this.type = type;
    }

    public CategoryCleanup clear(DataCategory category) throws SQLException {
        return clear(category.key(), category.tables());
    }

    /** Deletes every row of {@code tables}, in that order, all or nothing. */
    public CategoryCleanup clear(String name, List<String> tables) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Map<String, Long> deleted = new LinkedHashMap<>();
        String current = null;
        try (Statement st = connection.createStatement()) {
            for (String table : tables) {
                current = table;
                deleted.put(table, AdminSql.changed(st, type, st.executeUpdate("DELETE FROM " + AdminSql.quote(type, table))));
            }
            current = null;
            connection.commit();
            long total = deleted.values().stream().mapToLong(Long::longValue).sum();
            LOG.info("[AdminFacade] cleared " + name + ": " + total + " row(s) " + deleted);
            return new CategoryCleanup(name, true, total, deleted, null, null);
        } catch (SQLException e) {
            AdminSql.rollback(connection, e);
            String failed = current == null ? "(commit)" : current;
            LOG.warning("[AdminFacade] clearing " + name + " failed at " + failed + ", rolled back: " + AdminSql.reason(e));
            return new CategoryCleanup(name, false, 0, Map.of(), failed, AdminSql.refusal(e));
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** {@code SELECT COUNT(*)} of each table, by table. */
    public Map<String, Long> count(List<String> tables) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement st = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + AdminSql.quote(type, table))) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
