package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the connected database already holds, read from JDBC metadata: tables, their columns (with
 * the type name the driver reports), index names, the column lists of unique indexes and
 * constraints, and the column lists that carry a foreign key.
 */
final class DatabaseCatalog {

    /**
     * @param types         column name to the driver's type name, lower case (MySQL: {@code text}, {@code float}...)
     * @param nullable      the columns that allow NULL
     * @param uniqueColumns the column lists of unique indexes and unique constraints
     * @param foreignKeys   the column lists of foreign keys
     */
    record Table(Set<String> columns, Set<String> indexes, Map<String, String> types, Set<String> nullable,
                 Set<List<String>> uniqueColumns, Set<List<String>> foreignKeys) {
    }

    private DatabaseCatalog() {
    }

    /** Tables of the current database (MySQL, SQLite) or current schema (PostgreSQL), by lower-case name. */
    static Map<String, Table> read(Connection connection, DbType type) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = type == DbType.MYSQL ? connection.getCatalog() : null;
        String schema = type == DbType.POSTGRESQL ? connection.getSchema() : null;
        Map<String, Table> tables = new HashMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                tables.put(name.toLowerCase(Locale.ROOT), new Table(new HashSet<>(), new HashSet<>(), new HashMap<>(),
                        new HashSet<>(), new HashSet<>(), new HashSet<>()));
            }
        }
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            Table table = entry.getValue();
            try (ResultSet rs = meta.getColumns(catalog, schema, entry.getKey(), "%")) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    table.columns().add(column);
                    table.types().put(column, String.valueOf(rs.getString("TYPE_NAME")).toLowerCase(Locale.ROOT));
                    if (rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls) {
                        table.nullable().add(column);
                    }
                }
            }
            Map<String, TreeMap<Integer, String>> unique = new HashMap<>();
            try (ResultSet rs = meta.getIndexInfo(catalog, schema, entry.getKey(), false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index == null) {
                        continue;
                    }
                    table.indexes().add(index.toLowerCase(Locale.ROOT));
                    if (!rs.getBoolean("NON_UNIQUE") && rs.getString("COLUMN_NAME") != null) {
                        unique.computeIfAbsent(index, i -> new TreeMap<>())
                                .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            unique.values().forEach(cols -> table.uniqueColumns().add(List.copyOf(cols.values())));
            Map<String, List<String>> keys = new HashMap<>();
            try (ResultSet rs = meta.getImportedKeys(catalog, schema, entry.getKey())) {
                while (rs.next()) {
                    // SQLite leaves foreign keys unnamed: one key per referenced table is close enough here
                    String name = rs.getString("FK_NAME");
                    String key = name == null || name.isBlank() ? rs.getString("PKTABLE_NAME") : name;
                    keys.computeIfAbsent(key, k -> new ArrayList<>()).add(rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            keys.values().forEach(cols -> table.foreignKeys().add(List.copyOf(cols)));
        }
        return tables;
    }
}
