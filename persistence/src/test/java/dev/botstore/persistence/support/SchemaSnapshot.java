package dev.botstore.persistence.support;

import dev.botstore.persistence.config.DbType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The shape of a database as its driver reports it, normalised so that two databases of one backend
 * can be compared column by column: types as families, defaults without casts, indexes with their
 * columns in order. Not DDL text: two spellings of one schema give equal snapshots.
 */
public final class SchemaSnapshot {

    /**
     * @param family   e.g. {@code integer}, {@code bigint}, {@code double}, {@code float} (MySQL's single
     *                 precision), {@code varchar(255)}, {@code text}, {@code longtext}, {@code boolean},
     *                 {@code datetime}, {@code json}, {@code blob}
     * @param nullable never true for a primary key column
     * @param def      the server default, casts and quotes as the database keeps them but without
     *                 {@code ::type} suffixes; null for none and for identity columns
     * @param identity the database generates its values (SERIAL, AUTO_INCREMENT, SQLite's rowid alias)
     */
    public record Column(String family, boolean nullable, String def, boolean identity) {
        @Override
        public String toString() {
            return family + (nullable ? "" : " NOT NULL") + (def == null ? "" : " DEFAULT " + def)
                    + (identity ? " IDENTITY" : "");
        }
    }

    /**
     * @param columns    in index order; a MySQL prefix length is written {@code content(255)}
     * @param constraint a unique constraint rather than an index, where the backend tells them apart
     *                   (PostgreSQL, SQLite); always false on MySQL
     */
    public record Index(List<String> columns, boolean unique, boolean constraint) {
        @Override
        public String toString() {
            return (unique ? (constraint ? "UNIQUE CONSTRAINT " : "UNIQUE ") : "") + columns;
        }
    }

    /** @param foreignKeys {@code column -> parent(column) [name] on delete rule}, names where the backend keeps them */
    public record Table(List<String> primaryKey, Map<String, Column> columns, Map<String, Index> indexes,
                        Set<String> foreignKeys) {
    }

    private SchemaSnapshot() {
    }

    /** Every table of the connected database (MySQL, SQLite) or current schema (PostgreSQL), by lower-case name. */
    public static Map<String, Table> read(Connection c, DbType type) throws SQLException {
        Map<String, Table> tables = new TreeMap<>();
        for (String table : tableNames(c, type)) {
            tables.put(table, switch (type) {
                case POSTGRESQL -> postgres(c, table);
                case MYSQL -> mysql(c, table);
                case SQLITE -> sqlite(c, table);
            });
        }
        return tables;
    }

    private static List<String> tableNames(Connection c, DbType type) throws SQLException {
        List<String> names = new ArrayList<>();
        String catalog = type == DbType.MYSQL ? c.getCatalog() : null;
        String schema = type == DbType.POSTGRESQL ? c.getSchema() : null;
        try (ResultSet rs = c.getMetaData().getTables(catalog, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    // --- PostgreSQL: DatabaseMetaData, plus pg_constraint to tell unique constraints from indexes

    private static Table postgres(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        List<String> pk = primaryKey(meta, null, schema, table);
        Map<String, Column> columns = new TreeMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                String def = rs.getString("COLUMN_DEF");
                boolean identity = def != null && def.startsWith("nextval(");
                columns.put(name, new Column(postgresFamily(rs.getString("TYPE_NAME"), rs.getInt("COLUMN_SIZE")),
                        !pk.contains(name) && rs.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        identity ? null : normaliseDefault(def), identity));
            }
        }
        Set<String> constraints = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT conname FROM pg_constraint con"
                + " JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace"
                + " WHERE con.contype = 'u' AND rel.relname = ? AND ns.nspname = ?")) {
            ps.setString(1, table);
            ps.setString(2, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    constraints.add(rs.getString(1));
                }
            }
        }
        String pkName = primaryKeyName(meta, null, schema, table);
        Map<String, Index> indexes = indexInfo(meta, null, schema, table, pkName, constraints);
        return new Table(pk, columns, indexes, importedKeys(meta, null, schema, table, true));
    }

    private static String postgresFamily(String typeName, int size) {
        return switch (typeName) {
            case "int4", "serial" -> "integer";
            case "int8", "bigserial" -> "bigint";
            case "float8" -> "double";
            case "float4" -> "float";
            case "varchar" -> "varchar(" + size + ")";
            case "bool" -> "boolean";
            case "timestamp" -> "datetime";
            case "bytea" -> "blob";
            default -> typeName;
        };
    }

    // --- MySQL / MariaDB: information_schema, which keeps COLUMN_TYPE, prefix lengths and JSON checks

    private static Table mysql(Connection c, String table) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String db = c.getCatalog();
        List<String> pk = primaryKey(meta, db, null, table);
        Set<String> jsonChecked = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT CHECK_CLAUSE FROM information_schema.CHECK_CONSTRAINTS"
                + " WHERE CONSTRAINT_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, db);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String clause = rs.getString(1).replace("`", "").strip().toLowerCase(Locale.ROOT);
                    if (clause.startsWith("json_valid(") && clause.endsWith(")")) {
                        jsonChecked.add(clause.substring("json_valid(".length(), clause.length() - 1));
                    }
                }
            }
        }
        Map<String, Column> columns = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, IS_NULLABLE,"
                + " COLUMN_DEFAULT, CHARACTER_MAXIMUM_LENGTH, EXTRA FROM information_schema.COLUMNS"
                + " WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?")) {
            ps.setString(1, db);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString("COLUMN_NAME");
                    String dataType = rs.getString("DATA_TYPE").toLowerCase(Locale.ROOT);
                    String family = switch (dataType) {
                        case "int" -> "integer";
                        case "tinyint" -> rs.getString("COLUMN_TYPE").equalsIgnoreCase("tinyint(1)") ? "boolean" : "tinyint";
                        case "varchar" -> "varchar(" + rs.getLong("CHARACTER_MAXIMUM_LENGTH") + ")";
                        case "longtext" -> jsonChecked.contains(name) ? "json" : "longtext";
                        default -> dataType;
                    };
                    String def = rs.getString("COLUMN_DEFAULT");
                    columns.put(name, new Column(family,
                            !pk.contains(name) && "YES".equals(rs.getString("IS_NULLABLE")),
                            "NULL".equals(def) ? null : normaliseDefault(def),
                            rs.getString("EXTRA").toLowerCase(Locale.ROOT).contains("auto_increment")));
                }
            }
        }
        Map<String, Index> indexes = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT INDEX_NAME, COLUMN_NAME, SUB_PART, NON_UNIQUE"
                + " FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?"
                + " AND INDEX_NAME <> 'PRIMARY' ORDER BY INDEX_NAME, SEQ_IN_INDEX")) {
            ps.setString(1, db);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString("COLUMN_NAME");
                    long prefix = rs.getLong("SUB_PART");
                    String spec = rs.wasNull() ? column : column + "(" + prefix + ")";
                    boolean unique = rs.getInt("NON_UNIQUE") == 0;
                    indexes.merge(rs.getString("INDEX_NAME"), new Index(List.of(spec), unique, false), SchemaSnapshot::append);
                }
            }
        }
        return new Table(pk, columns, indexes, importedKeys(meta, db, null, table, true));
    }

    // --- SQLite: the pragmas, which keep declared types as written and index origins

    private static Table sqlite(Connection c, String table) throws SQLException {
        List<String> pk = new ArrayList<>();
        Map<String, Column> columns = new TreeMap<>();
        Map<String, String> declared = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
            while (rs.next()) {
                String name = rs.getString("name");
                if (rs.getInt("pk") > 0) {
                    pk.add(name);
                }
                declared.put(name, rs.getString("type"));
                columns.put(name, new Column(sqliteFamily(rs.getString("type")), rs.getInt("notnull") == 0,
                        normaliseDefault(rs.getString("dflt_value")), false));
            }
        }
        for (String name : pk) {
            Column col = columns.get(name);
            // a single INTEGER primary key is the rowid: SQLite assigns it
            boolean rowid = pk.size() == 1 && "INTEGER".equalsIgnoreCase(declared.get(name));
            columns.put(name, new Column(col.family(), false, col.def(), rowid));
        }
        Map<String, Index> indexes = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA index_list(\"" + table + "\")")) {
            List<String[]> list = new ArrayList<>();
            while (rs.next()) {
                list.add(new String[] {rs.getString("name"), rs.getString("unique"), rs.getString("origin")});
            }
            for (String[] index : list) {
                if ("pk".equals(index[2])) {
                    continue;
                }
                List<String> cols = new ArrayList<>();
                try (ResultSet info = st.executeQuery("PRAGMA index_info(\"" + index[0] + "\")")) {
                    while (info.next()) {
                        cols.add(info.getString("name"));
                    }
                }
                indexes.put(index[0], new Index(cols, "1".equals(index[1]), "u".equals(index[2])));
            }
        }
        Set<String> foreignKeys = new TreeSet<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA foreign_key_list(\"" + table + "\")")) {
            while (rs.next()) {
                foreignKeys.add(rs.getString("from") + " -> " + rs.getString("table").toLowerCase(Locale.ROOT)
                        + "(" + rs.getString("to") + ") on delete " + rs.getString("on_delete").toLowerCase(Locale.ROOT));
            }
        }
        return new Table(pk, columns, indexes, foreignKeys);
    }

    private static String sqliteFamily(String declared) {
        String type = declared.strip().toUpperCase(Locale.ROOT);
        if (type.startsWith("VARCHAR")) {
            return type.replace(" ", "").toLowerCase(Locale.ROOT);
        }
        return switch (type) {
            case "INTEGER", "INT" -> "integer";
            case "BIGINT" -> "bigint";
            case "FLOAT", "REAL", "DOUBLE", "DOUBLE PRECISION" -> "double";
            case "TEXT", "CLOB" -> "text";
            case "BOOLEAN" -> "boolean";
            case "DATETIME" -> "datetime"; // SQLAlchemy declares DATETIME; TIMESTAMP would be a difference
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    // --- shared

    private static List<String> primaryKey(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        TreeMap<Integer, String> columns = new TreeMap<>();
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            while (rs.next()) {
                columns.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
        }
        return List.copyOf(columns.values());
    }

    private static String primaryKeyName(DatabaseMetaData meta, String catalog, String schema, String table)
            throws SQLException {
        try (ResultSet rs = meta.getPrimaryKeys(catalog, schema, table)) {
            return rs.next() ? rs.getString("PK_NAME") : null;
        }
    }

    private static Map<String, Index> indexInfo(DatabaseMetaData meta, String catalog, String schema, String table,
                                                String pkName, Set<String> constraints) throws SQLException {
        Map<String, TreeMap<Integer, String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(catalog, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                if (name == null || name.equals(pkName) || rs.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put((int) rs.getShort("ORDINAL_POSITION"),
                        rs.getString("COLUMN_NAME"));
                unique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, Index> indexes = new TreeMap<>();
        columns.forEach((name, cols) -> indexes.put(name,
                new Index(List.copyOf(cols.values()), unique.get(name), constraints.contains(name))));
        return indexes;
    }

    private static Set<String> importedKeys(DatabaseMetaData meta, String catalog, String schema, String table,
                                            boolean named) throws SQLException {
        Set<String> keys = new TreeSet<>();
        try (ResultSet rs = meta.getImportedKeys(catalog, schema, table)) {
            while (rs.next()) {
                keys.add(rs.getString("FKCOLUMN_NAME") + " -> " + rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)
                        + "(" + rs.getString("PKCOLUMN_NAME") + ")" + (named ? " [" + rs.getString("FK_NAME") + "]" : "")
                        + " on delete " + rule(rs.getShort("DELETE_RULE")));
            }
        }
        return keys;
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "cascade";
            case DatabaseMetaData.importedKeySetNull -> "set null";
            case DatabaseMetaData.importedKeySetDefault -> "set default";
            case DatabaseMetaData.importedKeyRestrict -> "restrict";
            default -> "no action";
        };
    }

    private static Index append(Index a, Index b) {
        List<String> cols = new ArrayList<>(a.columns());
        cols.addAll(b.columns());
        return new Index(cols, a.unique(), a.constraint());
    }

    /** {@code 'default'::character varying} and {@code ('default')} both become {@code 'default'}. */
    private static String normaliseDefault(String def) {
        if (def == null) {
            return null;
        }
        String value = def.strip();
        while (value.startsWith("(") && value.endsWith(")")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        int cast = value.lastIndexOf("::");
        if (cast > 0 && value.startsWith("'") && value.lastIndexOf('\'') < cast) {
            value = value.substring(0, cast);
        }
        return value;
    }
}
