package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** What the connected database already holds, read from JDBC metadata: tables, their columns and index names. */
final class DatabaseCatalog {

    /** A column as the database reports it; {@code size} is the declared length of character types. */
    record Column(String name, String typeName, int size, boolean nullable) {
    }

    /** Columns by lower-case name, index names in lower case. */
    record Table(Map<String, Column> columns, Set<String> indexes) {

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
                tables.put(name.toLowerCase(Locale.ROOT), new Table(new HashMap<>(), new HashSet<>()));
            }
        }
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            try (ResultSet rs = meta.getColumns(catalog, schema, entry.getKey(), "%")) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                    entry.getValue().columns().put(name, new Column(name, rs.getString("TYPE_NAME"),
                            rs.getInt("COLUMN_SIZE"), rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls));
                }
            }
            try (ResultSet rs = meta.getIndexInfo(catalog, schema, entry.getKey(), false, true)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index != null) {
                        entry.getValue().indexes().add(index.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return tables;
    }
}
