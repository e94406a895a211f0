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
 * What the connected database already holds, read from JDBC metadata: tables, their columns, index
 * names, the column lists of unique indexes and constraints, and the column lists that carry a
 * foreign key.
 */
final class DatabaseCatalog {

    /** A column as the database reports it; {@code size} is the declared length of character types. */
    record Column(String name, String typeName, int size, boolean nullable) {
    }

    /**
     * Columns by lower-case name, index names in lower case.
     *
     * @param uniqueColumns the (lower-case) column lists of unique indexes and unique constraints
     * @param foreignKeys   the (lower-case) column lists of foreign keys
     */
    record Table(Map<String, Column> columns, Set<String> indexes, Set<List<String>> uniqueColumns,
                 Set<List<String>> foreignKeys) {

        boolean hasColumn(String name) {
            return columns.containsKey(name.toLowerCase(Locale.ROOT));
        }

        Column column(String name) {
            return columns.get(name.toLowerCase(Locale.ROOT));
        }

        boolean hasIndex(String name) {
            return indexes.contains(name.toLowerCase(Locale.ROOT));
        }
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
                tables.put(name.toLowerCase(Locale.ROOT), new Table(new HashMap<>(), new HashSet<>(), new HashSet<>(),
                        new HashSet<>()));
            }
        }
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            Table table = entry.getValue();
            try (ResultSet rs = meta.getColumns(catalog, schema, entry.getKey(), "%")) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    table.columns().put(name, new Column(name, rs.getString("TYPE_NAME"),
                            rs.getInt("COLUMN_SIZE"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
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
