package dev.botstore.persistence.tables;

import dev.botstore.api.error.ConflictException;
import dev.botstore.api.tables.KeyInfo;
import dev.botstore.api.tables.ReferenceInfo;
import dev.botstore.api.tables.TableInfo;
import dev.botstore.persistence.admin.ColumnValues;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The SQL of the rows API, on the caller's connection and transaction. Every table and column
 * name comes from the {@link RowTable} model and is quoted; every value is a bound parameter, in
 * the store form the facade checked (Long, Double, Boolean, String; date-times as ISO-8601,
 * binaries as base64, JSON as its text).
 */
public final class TableRows {

    private final Connection connection;
    private final DbType type;
    private final SqlDialect dialect;

    public TableRows(Connection connection, DbType type) {
        this.connection = connection;
        this.type = type;
        this.dialect = SqlDialect.of(type);
    }

    /** Up to {@code limit} rows, in the selection's keyset order. */
    public List<Map<String, Object>> select(RowTable table, RowSelection selection) throws SQLException {
        String pk = q(table.info().primaryKey());
        String direction = selection.descending() ? " DESC" : "";
        String compare = selection.descending() ? " < ?" : " > ?";
        List<String> where = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        conditions(selection.conditions(), where, params);
        String order;
        if (selection.order().equals(table.info().primaryKey())) {
            order = pk + direction;
            if (selection.after()) {
                where.add(pk + compare);
                params.add(new Param(table.info().primaryKey(), selection.afterKey()));
            }
        } else {
            String column = q(selection.order());
            order = "CASE WHEN " + column + " IS NULL THEN 1 ELSE 0 END, " + column + direction + ", " + pk + direction;
            if (selection.after() && selection.afterValue() == null) {
                where.add(column + " IS NULL AND " + pk + compare);
                params.add(new Param(table.info().primaryKey(), selection.afterKey()));
            } else if (selection.after()) {
                where.add("(" + column + compare + " OR (" + column + " = ? AND " + pk + compare + ") OR " + column
                        + " IS NULL)");
                params.add(new Param(selection.order(), selection.afterValue()));
                params.add(new Param(selection.order(), selection.afterValue()));
                params.add(new Param(table.info().primaryKey(), selection.afterKey()));
            }
        }
        String sql = "SELECT " + columns(table) + " FROM " + q(table.name()) + where(where) + " ORDER BY " + order
                + dialect.limit(selection.limit());
        return query(table, sql, params);
    }

    /** How many rows match the conditions. */
    public long count(RowTable table, List<RowCondition> conditions) throws SQLException {
        List<String> where = new ArrayList<>();
        List<Param> params = new ArrayList<>();
        conditions(conditions, where, params);
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM " + q(table.name()) + where(where))) {
            bind(ps, table, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    public Optional<Map<String, Object>> byKey(RowTable table, Object key) throws SQLException {
        String pk = table.info().primaryKey();
        List<Map<String, Object>> rows = query(table, "SELECT " + columns(table) + " FROM " + q(table.name())
                + " WHERE " + q(pk) + " = ?", List.of(new Param(pk, key)));
        return rows.stream().findFirst();
    }

    /** Inserts one row; its primary key (the generated one where the database assigns it). */
    public Object insert(RowTable table, Map<String, Object> values) throws SQLException {
        String identity = generatedKey(table);
        String sql = insertSql(table, values);
        try (PreparedStatement ps = identity == null ? connection.prepareStatement(sql)
                : type == DbType.POSTGRESQL ? connection.prepareStatement(sql, new String[]{identity})
                : connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, table, params(values));
            execute(table, ps);
            if (identity == null) {
                return values.get(table.info().primaryKey());
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /**
     * Inserts the row, or where a row has the same values of {@code key} updates its {@code changed}
     * columns: one statement, atomic on every backend. The primary key of the row written.
     */
    public Object upsert(RowTable table, KeyInfo key, Map<String, Object> values, List<String> changed)
            throws SQLException {
        String sql = insertSql(table, values) + dialect.onConflict(
                key.columns().stream().map(this::q).toList(), changed.stream().map(this::q).toList());
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, table, params(values));
            execute(table, ps);
        }
        String pk = table.info().primaryKey();
        List<Param> params = new ArrayList<>();
        for (String column : key.columns()) {
            params.add(new Param(column, values.get(column)));
        }
        String where = key.columns().stream().map(c -> q(c) + " = ?").collect(Collectors.joining(" AND "));
        try (PreparedStatement ps = connection.prepareStatement("SELECT " + q(pk) + " FROM " + q(table.name())
                + " WHERE " + where)) {
            bind(ps, table, params);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return ColumnValues.read(rs, 1, table.javaType(pk), type, false);
            }
        }
    }

    /** Sets the given columns of one row; false when there is no such row. */
    public boolean update(RowTable table, Object key, Map<String, Object> values) throws SQLException {
        String pk = table.info().primaryKey();
        String set = values.keySet().stream().map(c -> q(c) + " = ?").collect(Collectors.joining(", "));
        List<Param> params = params(values);
        params.add(new Param(pk, key));
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + q(table.name()) + " SET " + set
                + " WHERE " + q(pk) + " = ?")) {
            bind(ps, table, params);
            return execute(table, ps) > 0;
        }
    }

    /** Deletes one row; false when there is none. */
    public boolean delete(RowTable table, Object key) throws SQLException {
        String pk = table.info().primaryKey();
        try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + q(table.name()) + " WHERE " + q(pk)
                + " = ?")) {
            bind(ps, table, List.of(new Param(pk, key)));
            return execute(table, ps) > 0;
        }
    }

    /** The first table among {@code tables} with a row that references this row, if any. */
    public Optional<String> referencedBy(RowTable table, Object key, List<RowTable> tables) throws SQLException {
        for (RowTable child : tables) {
            for (ReferenceInfo reference : child.info().references()) {
                if (!reference.table().equals(table.name())) {
                    continue;
                }
                try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM " + q(child.name()) + " WHERE "
                        + q(reference.column()) + " = ?" + dialect.limit(1))) {
                    bind(ps, child, List.of(new Param(reference.column(), key)));
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(child.name());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private String generatedKey(RowTable table) {
        return table.info().columns().stream().filter(c -> c.generated()).map(c -> c.name()).findFirst().orElse(null);
    }

    private String insertSql(RowTable table, Map<String, Object> values) {
        String names = values.keySet().stream().map(this::q).collect(Collectors.joining(", "));
        String marks = values.keySet().stream().map(c -> "?").collect(Collectors.joining(", "));
        return "INSERT INTO " + q(table.name()) + " (" + names + ") VALUES (" + marks + ")";
    }

    /**
     * Runs a write; a unique key or a reference the row breaks is a 409 naming the table, never
     * the database's message.
     */
    private int execute(RowTable table, PreparedStatement ps) throws SQLException {
        try {
            return ps.executeUpdate();
        } catch (SQLException e) {
            if (isConstraintViolation(e)) {
                TableInfo info = table.info();
                throw new ConflictException("the row conflicts with a row of " + info.name() + " on a unique key ("
                        + info.uniqueKeys().stream().map(KeyInfo::name).distinct().collect(Collectors.joining(", "))
                        + ") or with a reference (" + info.references().stream()
                        .map(r -> r.column() + " → " + r.table()).collect(Collectors.joining(", ")) + ")");
            }
            throw e;
        }
    }

    /** SQLState class 23 (integrity constraint) on PostgreSQL and MySQL; SQLITE_CONSTRAINT (19) on SQLite. */
    private static boolean isConstraintViolation(SQLException e) {
        String state = e.getSQLState();
        return (state != null && state.startsWith("23")) || e.getErrorCode() == 19
                || String.valueOf(e.getMessage()).contains("SQLITE_CONSTRAINT");
    }

    private void conditions(List<RowCondition> conditions, List<String> where, List<Param> params) {
        for (RowCondition condition : conditions) {
            where.add(q(condition.column()) + condition.operator().sql(condition.values().size()));
            for (Object value : condition.values()) {
                params.add(new Param(condition.column(), value));
            }
        }
    }

    private static String where(List<String> where) {
        return where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
    }

    private List<Map<String, Object>> query(RowTable table, String sql, List<Param> params) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, table, params);
            try (ResultSet rs = ps.executeQuery()) {
                boolean[] singleFloat = ColumnValues.singleFloats(rs.getMetaData(), type);
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    int i = 1;
                    for (var column : table.info().columns()) {
                        row.put(column.name(), ColumnValues.read(rs, i, table.javaType(column.name()), type,
                                singleFloat[i - 1]));
                        i++;
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private String columns(RowTable table) {
        return table.info().columns().stream().map(c -> q(c.name())).collect(Collectors.joining(", "));
    }

    private static List<Param> params(Map<String, Object> values) {
        List<Param> params = new ArrayList<>();
        values.forEach((column, value) -> params.add(new Param(column, value)));
        return params;
    }

    private static Object[] param(RowTable table, String column, Object value) {
        return new Object[]{column, value};
    }

    private void bind(PreparedStatement ps, RowTable table, List<Param> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            String column = params.get(i).column();
            ColumnValues.bind(ps, i + 1, table.javaType(column), params.get(i).value(), type,
                    type == DbType.POSTGRESQL && table.json(column), table.name() + "." + column);
        }
    }

    private String q(String name) {
        return dialect.quote(name);
    }

    /** A value bound to a placeholder, with the column whose type decides how. */
    private record Param(String column, Object value) {
    }
}
