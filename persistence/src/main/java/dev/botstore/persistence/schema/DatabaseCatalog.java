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

    record Table(Set<String> columns, Set<String> indexes) {
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
                tables.put(name.toLowerCase(Locale.ROOT), new Table(new HashSet<>(), new HashSet<>()));
            }
        }
        for (Map.Entry<String, Table> entry : tables.entrySet()) {
            try (ResultSet rs = meta.getColumns(catalog, schema, entry.getKey(), "%")) {
                while (rs.next()) {
                    entry.getValue().columns().add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
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
