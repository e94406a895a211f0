package dev.botstore.persistence.admin;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.persistence.jpa.JpaHelper;

/**
 * Rows with a value in every column, written over plain JDBC (not through the code under test):
 * row n of a table has id n, its foreign keys point at row n of the parent, its text is non-ASCII
 * (and valid JSON where the column is unbounded, so PostgreSQL json columns take it).
 */
final class SeedRows {

    private SeedRows() {
    }

    static List<DataTable> model(TestDatabase db) {
        return DataTables.parentsFirst(JpaHelper.getServerSession(db.emf()).getProject());
    }

    static Map<String, DataTable> byName(List<DataTable> model) {
        return model.stream().collect(Collectors.toMap(DataTable::name, Function.identity()));
    }

    /** Rows 1..rows of {@code table} (its parents must hold rows 1..rows already). */
    static void insert(Connection c, DbType type, DataTable table, int rows) throws Exception {
        List<String> names = new ArrayList<>();
        table.columns().forEach(col -> names.add(AdminSql.quote(type, col.name())));
        String sql = "INSERT INTO " + AdminSql.quote(type, table.name()) + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int n = 1; n <= rows; n++) {
                int p = 1;
                for (DataTable.DataColumn col : table.columns()) {
                    bind(ps, p++, type, table, col, n);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void insertAll(TestDatabase db, List<DataTable> model, int rows) throws Exception {
        try (Connection c = db.connection()) {
            for (DataTable table : model) {
                insert(c, db.type(), table, rows);
            }
        }
    }

    private static void bind(PreparedStatement ps, int p, DbType type, DataTable table, DataTable.DataColumn col, int n)
            throws Exception {
        Class<?> t = col.javaType();
        boolean key = col.name().equals(table.identity()) || table.references().containsKey(col.name())
                || (table.primaryKey().contains(col.name()) && (t == Integer.class || t == Long.class));
        if (t == Integer.class || t == int.class) {
            ps.setInt(p, key ? n : 1000 * n + p);
        } else if (t == Long.class || t == long.class) {
            ps.setLong(p, key ? n : 1_700_000_000L + 1000L * n + p);
        } else if (t == Double.class || t == double.class) {
            ps.setDouble(p, n + 0.625 + p);
        } else if (t == Boolean.class || t == boolean.class) {
            ps.setBoolean(p, n % 2 == 1);
        } else if (t == LocalDateTime.class) {
            LocalDateTime when = LocalDateTime.of(2024, 5, 6, 7, 8, 9).plusSeconds(n * 61L + p);
            ps.setTimestamp(p, Timestamp.valueOf(when));
        } else if (t == byte[].class) {
            ps.setBytes(p, new byte[] {1, 2, 0, (byte) 0xff, (byte) n});
        } else if (col.name().equals("group_id")) {
            ps.setString(p, n + "-群ü-group_id");
        } else if (col.size() > 0) {
            String text = n + "-群ü-" + col.name();
            ps.setString(p, text.length() > col.size() ? text.substring(0, col.size()) : text);
        } else {
            String json = "{\"v\": \"非 ASCII ✓ 😀 \\\"q\\\" " + table.name() + "." + col.name() + " " + n + "\"}";
            if (type == DbType.POSTGRESQL) {
                ps.setObject(p, json, Types.OTHER);
            } else {
                ps.setString(p, json);
            }
        }
    }
}
