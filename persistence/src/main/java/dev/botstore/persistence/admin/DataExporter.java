package dev.botstore.persistence.admin;

import dev.botstore.persistence.config.DbType;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes tables as JSON Lines ({@link JsonLines}), parents before children and each table in
 * primary-key order, so that an import can insert the lines as they come. Rows are streamed from a
 * server-side cursor (PostgreSQL fetch size, MySQL's row streaming, SQLite's stepping) and written
 * one at a time: memory stays constant whatever the table sizes. All tables are read in one
 * read-only transaction, so parents and children are of one moment.
 */
public final class DataExporter {

    private static final int FETCH_SIZE = 500;

    private final Connection connection;
    private final DbType type;
    private final List<DataTable> tables;

    public DataExporter(Connection connection, DbType type, List<DataTable> tables) {
        this.connection = connection;
        this.type = type;
        this.tables = tables;
    }

    /**
     * @param groupId when not null, only tables with a {@code group_id} column, and only that group's rows
     * @param only    when not empty, only these tables
     * @return rows written per table
     */
    public Map<String, Long> export(Writer out, String groupId, Set<String> only) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        if (type != DbType.SQLITE) {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        connection.setAutoCommit(false); // PostgreSQL only streams from a cursor inside a transaction
        Map<String, Long> written = new LinkedHashMap<>();
        try {
            for (DataTable table : tables) {
                if ((groupId != null && !table.hasGroup()) || (!only.isEmpty() && !only.contains(table.name()))) {
                    continue;
                }
                written.put(table.name(), exportTable(out, table, groupId));
            }
            out.flush();
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
            if (type != DbType.SQLITE) {
                connection.setTransactionIsolation(isolation);
            }
        }
        return written;
    }

    private long exportTable(Writer out, DataTable table, String groupId) throws SQLException, IOException {
        String columns = table.columns().stream().map(c -> AdminSql.quote(type, c.name())).collect(Collectors.joining(", "));
        String order = table.primaryKey().stream().map(c -> AdminSql.quote(type, c)).collect(Collectors.joining(", "));
        String sql = "SELECT " + columns + " FROM " + AdminSql.quote(type, table.name())
                + (groupId == null ? "" : " WHERE " + AdminSql.quote(type, "group_id") + " = ?")
                + (order.isEmpty() ? "" : " ORDER BY " + order);
        String prefix = "{\"table\":\"" + table.name() + "\",\"row\":{";
        long rows = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(type == DbType.MYSQL ? Integer.MIN_VALUE : FETCH_SIZE);
            if (groupId != null) {
                ps.setString(1, groupId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                boolean[] singleFloat = new boolean[table.columns().size()];
                for (int i = 0; i < singleFloat.length; i++) {
                    singleFloat[i] = type == DbType.MYSQL && meta.getColumnType(i + 1) == Types.REAL;
                }
                while (rs.next()) {
                    out.write(prefix);
                    for (int i = 0; i < singleFloat.length; i++) {
                        DataTable.DataColumn column = table.columns().get(i);
                        if (i > 0) {
                            out.write(',');
                        }
                        out.write('"');
                        out.write(column.name());
                        out.write("\":");
                        ColumnValues.write(out, ColumnValues.read(rs, i + 1, column.javaType(), type, singleFloat[i]));
                    }
                    out.write("}}\n");
                    rows++;
                }
            }
        }
        return rows;
    }
}
