package dev.botstore.persistence.admin;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes tables as JSON Lines ({@link JsonLines}), parents before children and each table in
 * primary-key order, so that an import can insert the lines as they come. Rows are streamed from a
 * server-side cursor (PostgreSQL fetch size, SQLite's stepping; MySQL in key-ordered pages) and written
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

    /**
     * One table, in primary-key order. MySQL streams rows only with a negative fetch size, which
     * an application server's statement wrapper may refuse, so there the table is read in pages
     * by key ({@code WHERE id > last ORDER BY id LIMIT n}), inside the same snapshot.
     */
    private long exportTable(Writer out, DataTable table, String groupId) throws SQLException, IOException {
        boolean paged = type == DbType.MYSQL && table.primaryKey().size() == 1;
        String key = paged ? AdminSql.quote(type, table.primaryKey().get(0)) : null;
        String columns = table.columns().stream().map(c -> AdminSql.quote(type, c.name())).collect(Collectors.joining(", "));
        String order = table.primaryKey().stream().map(c -> AdminSql.quote(type, c)).collect(Collectors.joining(", "));
        StringBuilder sql = new StringBuilder("SELECT " + columns + " FROM " + AdminSql.quote(type, table.name())
                + " WHERE 1 = 1");
        if (groupId != null) {
            sql.append(" AND ").append(AdminSql.quote(type, "group_id")).append(" = ?");
        }
        String first = sql + (order.isEmpty() ? "" : " ORDER BY " + order) + (paged ? SqlDialect.of(type).limit(FETCH_SIZE) : "");
        String next = paged ? sql + " AND " + key + " > ? ORDER BY " + key + SqlDialect.of(type).limit(FETCH_SIZE) : null;
        int keyIndex = paged ? table.columns().indexOf(table.column(table.primaryKey().get(0))) + 1 : 0;
        String prefix = "{\"table\":\"" + table.name() + "\",\"row\":{";
        long rows = 0;
        Object last = null;
        while (true) {
            try (PreparedStatement ps = connection.prepareStatement(last == null ? first : next,
                    ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setFetchSize(FETCH_SIZE);
                int p = 1;
                if (groupId != null) {
                    ps.setString(p++, groupId);
                }
                if (last != null) {
                    ps.setObject(p, last);
                }
                int page = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    boolean[] singleFloat = ColumnValues.singleFloats(rs.getMetaData(), type);
                    while (rs.next()) {
                        writeRow(out, prefix, table, rs, singleFloat);
                        if (paged) {
                            last = rs.getObject(keyIndex);
                        }
                        page++;
                    }
                }
                rows += page;
                if (!paged || page < FETCH_SIZE) {
                    return rows;
                }
            }
        }
    }

    private void writeRow(Writer out, String prefix, DataTable table, ResultSet rs, boolean[] singleFloat)
            throws SQLException, IOException {
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
    }
}
