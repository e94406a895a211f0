package dev.botstore.persistence.admin;

import dev.botstore.api.admin.ImportResult;
import dev.botstore.api.error.ConflictException;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.io.BufferedReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Loads an export ({@link DataExporter}) in one transaction: lines are inserted in the order they
 * come (the export writes parents first), in JDBC batches, keeping the exported keys; afterwards
 * PostgreSQL's id sequences are moved past the imported ids. Into a database that holds rows the
 * import is refused unless asked to merge; a merge skips rows whose key (primary or unique) is
 * already taken. Any failure rolls everything back.
 */
public final class DataImporter {

    private static final Logger LOG = Logger.getLogger(DataImporter.class.getName());

    private static final int BATCH = 500;

    private final Connection connection;
    private final DbType type;
    private final Map<String, DataTable> tables = new LinkedHashMap<>();
    private final Map<String, Set<String>> jsonColumns = new HashMap<>();

    public DataImporter(Connection connection, DbType type, List<DataTable> tables) {
        this.connection = connection;
        this.type = type;
        tables.forEach(t -> this.tables.put(t.name(), t));
    }

    /** The tables that hold rows (an import without merge needs none). */
    public List<String> nonEmptyTables() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement st = connection.createStatement()) {
            st.setMaxRows(1);
            for (String table : tables.keySet()) {
                try (ResultSet rs = st.executeQuery("SELECT 1 FROM " + AdminSql.quote(type, table))) {
                    if (rs.next()) {
                        found.add(table);
                    }
                }
            }
        }
        return found;
    }

    public ImportResult load(BufferedReader in, boolean merge) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Batch batch = null;
        Map<String, long[]> counts = new LinkedHashMap<>();
        long lines = 0;
        try {
            if (!merge) {
                List<String> holding = nonEmptyTables();
                if (!holding.isEmpty()) {
                    throw new ConflictException("the database is not empty (rows in " + String.join(", ", holding)
                            + "); import into an empty database, or ask to merge (merge=true)");
                }
            }
            String text;
            while ((text = in.readLine()) != null) {
                lines++;
                if (text.isBlank()) {
                    continue;
                }
                String where = "line " + lines;
                JsonLines.Line line = JsonLines.parse(text, where);
                DataTable table = tables.get(line.table());
                if (table == null) {
                    throw new InvalidInputException(where, where + ": unknown table " + line.table());
                }
                if (batch == null || !batch.accepts(table, line.row().keySet())) {
                    if (batch != null) {
                        batch.close(counts);
                    }
                    batch = new Batch(table, new ArrayList<>(line.row().keySet()), merge, where);
                }
                batch.add(line.row(), where);
            }
            if (batch != null) {
                batch.close(counts);
                batch = null;
            }
            if (type == DbType.POSTGRESQL) {
                advanceSequences(counts.keySet());
            }
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            if (batch != null) {
                batch.abandon(e);
            }
            AdminSql.rollback(connection, e);
            if (e instanceof SQLException sql) {
                LOG.warning("import rolled back at line " + lines + ": " + AdminSql.reason(sql));
                throw new InvalidInputException("body", "the import was rolled back, nothing was loaded: rows up to line "
                        + lines + " could not be inserted: " + AdminSql.refusal(sql));
            }
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        Map<String, ImportResult.TableImport> perTable = new LinkedHashMap<>();
        counts.forEach((t, c) -> perTable.put(t, new ImportResult.TableImport(c[0], c[1])));
        long inserted = counts.values().stream().mapToLong(c -> c[0]).sum();
        long skipped = counts.values().stream().mapToLong(c -> c[1]).sum();
        return new ImportResult(merge, lines, inserted, skipped, perTable);
    }

    /** Rows of one table with one column list, inserted in batches of {@link #BATCH}. */
    private final class Batch {
        private final DataTable table;
        private final List<String> columns;
        private final List<Class<?>> types = new ArrayList<>();
        private final boolean[] json;
        private final PreparedStatement statement;
        private int pending;
        private long rows;
        private long inserted;

        Batch(DataTable table, List<String> columns, boolean merge, String where) throws SQLException {
            this.table = table;
            this.columns = columns;
            Set<String> jsonNames = jsonColumns(table.name());
            json = new boolean[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                DataTable.DataColumn column = table.column(columns.get(i));
                if (column == null) {
                    throw new InvalidInputException(where, where + ": table " + table.name() + " has no column "
                            + columns.get(i));
                }
                types.add(column.javaType());
                json[i] = jsonNames.contains(column.name());
            }
            statement = connection.prepareStatement(insert(merge));
        }

        private String insert(boolean merge) {
            String names = columns.stream().map(c -> AdminSql.quote(type, c)).collect(Collectors.joining(", "));
            String marks = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
            String name = AdminSql.quote(type, table.name());
            return merge ? SqlDialect.of(type).insertIgnoring(name, names, marks)
                    : "INSERT INTO " + name + " (" + names + ") VALUES (" + marks + ")";
        }

        boolean accepts(DataTable other, Set<String> otherColumns) {
            return other == table && otherColumns.size() == columns.size() && otherColumns.containsAll(columns);
        }

        void add(Map<String, Object> row, String where) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                ColumnValues.bind(statement, i + 1, types.get(i), row.get(columns.get(i)), type, json[i],
                        where + ": " + table.name() + "." + columns.get(i));
            }
            statement.addBatch();
            rows++;
            if (++pending >= BATCH) {
                flush();
            }
        }

        private void flush() throws SQLException {
            if (pending == 0) {
                return;
            }
            // one row a statement: SQLite's driver counts the rows its triggers wrote too (OwnCounters)
            for (int count : statement.executeBatch()) {
                inserted += count == Statement.SUCCESS_NO_INFO ? 1 : Math.min(1, Math.max(0, count));
            }
            pending = 0;
        }

        void close(Map<String, long[]> counts) throws SQLException {
            try {
                flush();
            } finally {
                statement.close();
            }
            long[] sum = counts.computeIfAbsent(table.name(), t -> new long[2]);
            sum[0] += inserted;
            sum[1] += rows - inserted;
        }

        void abandon(Exception cause) {
            try {
                statement.close();
            } catch (SQLException e) {
                cause.addSuppressed(e);
            }
        }
    }

    /** PostgreSQL json/jsonb columns, which take text only untyped. */
    private Set<String> jsonColumns(String table) throws SQLException {
        if (type != DbType.POSTGRESQL) {
            return Set.of();
        }
        Set<String> known = jsonColumns.get(table);
        if (known == null) {
            known = new HashSet<>();
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getColumns(null, connection.getSchema(), table, "%")) {
                while (rs.next()) {
                    String typeName = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                    if (typeName.equals("json") || typeName.equals("jsonb")) {
                        known.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            jsonColumns.put(table, known);
        }
        return known;
    }

    private void advanceSequences(Set<String> imported) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (String name : imported) {
                DataTable table = tables.get(name);
                if (table.identity() == null) {
                    continue;
                }
                String id = AdminSql.quote(type, table.identity());
                String from = AdminSql.quote(type, name);
                st.execute("SELECT setval(pg_get_serial_sequence('" + from + "', '" + table.identity() + "'),"
                        + " COALESCE((SELECT MAX(" + id + ") FROM " + from + "), 1),"
                        + " (SELECT MAX(" + id + ") FROM " + from + ") IS NOT NULL)");
            }
        }
    }
}
