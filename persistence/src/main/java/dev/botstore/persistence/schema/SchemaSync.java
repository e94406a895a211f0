package dev.botstore.persistence.schema;

import dev.botstore.api.admin.SchemaAction;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.api.admin.SchemaWarning;
import dev.botstore.persistence.config.DbType;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.ForeignKeyConstraint;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;
import org.eclipse.persistence.tools.schemaframework.UniqueKeyConstraint;

/**
 * Brings the database up to the entity model without ever dropping, renaming or narrowing
 * anything: creates missing tables, adds missing columns, creates missing named indexes (unique
 * ones included). The model is what EclipseLink derives from the entities for this backend, so
 * types follow the platform, refined by {@link ColumnTypes}.
 *
 * <p>The whole sync runs under {@link SchemaLock}, on PostgreSQL and SQLite as one transaction.
 * A statement that fails (say, a unique index over duplicate rows) becomes a warning in the report
 * and the others still run: SQLite undoes only the failed statement, MySQL commits each statement
 * anyway, and on PostgreSQL every statement runs in a savepoint of its own, so a failure never
 * aborts the rest.
 */
public final class SchemaSync {

    private static final Logger LOG = Logger.getLogger(SchemaSync.class.getName());

    private final AbstractSession session;
    private final Connection connection;
    private final DbType type;
    private final List<SchemaAction> actions = new ArrayList<>();
    private final List<SchemaWarning> warnings = new ArrayList<>();

    private SchemaSync(AbstractSession session, Connection connection) {
        this.session = session;
        this.connection = connection;
        this.type = DbType.of(session.getPlatform());
    }

    /**
     * @param session    a logged-in EclipseLink session of the persistence unit (for the model and DDL dialect)
     * @param connection a non-transactional connection to the same database, used for metadata and DDL
     * @param database   the database name (or SQLite file) for the report
     * @param schema     the PostgreSQL schema for the report, null elsewhere
     */
    public static SchemaReport run(AbstractSession session, Connection connection, String database, String schema)
            throws SQLException {
        Instant started = Instant.now();
        SchemaSync sync = new SchemaSync(session, connection);
        connection.setAutoCommit(true);
        try (SchemaLock lock = SchemaLock.acquire(sync.type, connection)) {
            sync.syncTables();
        }
        SchemaReport report = new SchemaReport(sync.type.id(), database, schema, started, Instant.now(),
                sync.actions, sync.warnings);
        LOG.info(report.upToDate() ? "schema sync: nothing to do"
                : "schema sync: " + report.actions().size() + " change(s), " + report.warnings().size() + " warning(s)");
        return report;
    }

    @SuppressWarnings("removal") // EclipseLink's writer-based DDL API is all there is in 4.0.x
    private void syncTables() throws SQLException {
        Map<String, DatabaseCatalog.Table> existing = DatabaseCatalog.read(connection, type);
        List<TableDefinition> model = new DefaultTableGenerator(session.getProject(), true)
                .generateDefaultTableCreator().getTableDefinitions();
        ColumnTypes.refine(type, session.getProject(), model);
        if (type == DbType.MYSQL) {
            MySqlCollations.useExact(connection, model);
        }
        Set<String> created = new HashSet<>();
        for (TableDefinition table : TableDdl.parentsFirst(model)) {
            String name = table.getName().toLowerCase(Locale.ROOT);
            DatabaseCatalog.Table found = existing.get(name);
            if (found == null) {
                if (execute("create_table", name, name, TableDdl.createTable(session, table))) {
                    created.add(name);
                    for (IndexDefinition index : table.getIndexes()) {
                        createIndex(table, index);
                    }
                }
                continue;
            }
            for (FieldDefinition field : table.getFields()) {
                if (!found.hasColumn(TableDdl.plain(field.getName()))) {
                    String ddl = table.buildAddFieldWriter(session, addable(field), new StringWriter()).toString().strip();
                    execute("add_column", name, field.getName(), ddl);
                } else {
                    widen(name, field, found.column(TableDdl.plain(field.getName())));
                }
            }
            if (type == DbType.MYSQL) {
                for (MySqlWidening.Change change : MySqlWidening.changes(table, found)) {
                    execute("widen_column", name, change.column(), change.ddl());
                }
                adoptCollations(table, found);
            }
            for (UniqueKeyConstraint unique : table.getUniqueKeys()) {
                if (!found.hasIndex(unique.getName())
                        && !found.uniqueColumns().contains(TableDdl.lower(unique.getSourceFields()))) {
                    execute("add_constraint", name, unique.getName(), TableDdl.addUnique(type, table, unique));
                }
            }
            for (FieldDefinition field : table.getFields()) {
                String column = TableDdl.plain(field.getName());
                if (field.isUnique() && !field.isPrimaryKey() && !found.uniqueColumns().contains(List.of(column))) {
                    execute("add_constraint", name, field.getName(), TableDdl.addColumnUnique(type, table, field));
                }
            }
            for (IndexDefinition index : table.getIndexes()) {
                if (!found.hasIndex(index.getName())) {
                    fixUpBefore(name, index.getName());
                    createIndex(table, index);
                }
            }
            for (ForeignKeyConstraint fk : TableDdl.foreignKeys(table)) {
                if (!found.foreignKeys().contains(TableDdl.lower(TableDdl.sourceFields(fk)))) {
                    addForeignKey(table, fk);
                }
            }
        }
        createOwnIndexes(existing, created);
        createOwnCounters(existing.keySet(), created);
    }

    /**
     * Botstore's own message counters ({@link OwnCounters}), once the counted tables are there; a
     * failure leaves nothing half made and is reported like any other.
     */
    private void createOwnCounters(Set<String> existing, Set<String> created) {
        Set<String> tables = new HashSet<>(existing);
        tables.addAll(created);
        if (!OwnCounters.COUNTED.stream().allMatch(c -> tables.contains(c.table()))) {
            return;
        }
        OwnCounterSync counters = new OwnCounterSync(connection, type);
        try {
            if (!counters.installed(tables)) {
                String done = String.join(";\n", counters.install());
                actions.add(new SchemaAction("create_counters", OwnCounters.TABLE, OwnCounters.TABLE, done));
                LOG.info("schema sync: message counters created and set from the rows");
            }
        } catch (SQLException e) {
            warn("create_counters", OwnCounters.TABLE, OwnCounters.TABLE, "message counters", e);
        }
    }

    /**
     * Botstore's own indexes ({@link OwnIndexes}) that a table lacks, after the model's: on a table
     * just created, or an existing one (the original's indexes are left exactly as they are).
     */
    private void createOwnIndexes(Map<String, DatabaseCatalog.Table> existing, Set<String> created) {
        for (OwnIndexes.OwnIndex index : OwnIndexes.ALL) {
            DatabaseCatalog.Table found = existing.get(index.table());
            if (found == null ? created.contains(index.table()) : !found.hasIndex(index.name())) {
                execute("create_index", index.table(), index.name(), index.ddl(type));
            }
        }
    }

    /**
     * A foreign key the model has and an adopted table lacks. PostgreSQL adds it in place (it fails,
     * and is reported, if rows break it); MySQL would copy the whole table and SQLite would have to
     * rebuild it, which is not for a start-up: there it is reported and left out.
     */
    private void addForeignKey(TableDefinition table, ForeignKeyConstraint fk) {
        String name = table.getName().toLowerCase(Locale.ROOT);
        String ddl = "ALTER TABLE " + table.getFullName() + " ADD " + TableDdl.foreignKey(fk);
        String column = String.join(", ", TableDdl.sourceFields(fk));
        if (type == DbType.POSTGRESQL) {
            execute("add_foreign_key", name, column, ddl);
        } else {
            String why = type == DbType.MYSQL ? "not added: MySQL would copy the whole table"
                    : "not added: SQLite cannot add a foreign key without rebuilding the table";
            warnings.add(new SchemaWarning("add_foreign_key", name, column, ddl, why));
            LOG.warning("schema sync: foreign key " + name + "(" + column + ") missing, " + why);
        }
    }

    /**
     * A NOT NULL column without a default cannot be added to a table that has rows (SQLite and
     * PostgreSQL refuse; MySQL would invent values). Such a column is added nullable instead: the
     * existing rows keep NULL, and nothing the database held is refused.
     */
    @SuppressWarnings("removal")
    private static FieldDefinition addable(FieldDefinition field) {
        String definition = field.getTypeDefinition();
        if (definition == null) {
            if (field.shouldAllowNull() || field.isPrimaryKey()) {
                return field;
            }
            FieldDefinition nullable = (FieldDefinition) field.clone();
            nullable.setShouldAllowNull(true);
            return nullable;
        }
        String upper = definition.toUpperCase(Locale.ROOT);
        if (!upper.contains("NOT NULL") || upper.contains("DEFAULT")) {
            return field;
        }
        FieldDefinition nullable = (FieldDefinition) field.clone();
        nullable.setTypeDefinition(withoutNotNull(definition));
        return nullable;
    }

    /**
     * Widens a character column that the database holds shorter than the model (an adopted table
     * whose original declared fewer characters), so no value the model allows is refused. SQLite
     * does not enforce declared lengths, so there is nothing to do there. Never narrows.
     */
    @SuppressWarnings("removal")
    private void widen(String table, FieldDefinition field, DatabaseCatalog.Column existing) {
        int size = field.getSize();
        if (type == DbType.SQLITE || size <= 0 || existing.size() <= 0 || existing.size() >= size
                || !existing.typeName().toUpperCase(Locale.ROOT).contains("CHAR")) {
            return;
        }
        String ddl = switch (type) {
            case POSTGRESQL -> "ALTER TABLE " + table + " ALTER COLUMN " + field.getName() + " TYPE VARCHAR(" + size + ")";
            case MYSQL -> "ALTER TABLE " + table + " MODIFY COLUMN " + field.getName() + " "
                    + mysqlDefinition(field, existing.nullable());
            case SQLITE -> throw new IllegalStateException("unreachable");
        };
        execute("widen_column", table, field.getName(), ddl);
    }

    /**
     * Brings a MySQL column under another collation than the model's (keys of an adopted table that
     * ignore case or trailing spaces) to the model's. A stricter collation never makes two rows
     * equal, so the unique key is rebuilt without conflict. Runs after widening, which may have
     * brought a column there already.
     */
    @SuppressWarnings("removal")
    private void adoptCollations(TableDefinition table, DatabaseCatalog.Table found) throws SQLException {
        String name = table.getName().toLowerCase(Locale.ROOT);
        Map<String, String> existing = MySqlCollations.existing(connection, table.getName());
        for (FieldDefinition field : table.getFields()) {
            String column = TableDdl.plain(field.getName()).toLowerCase(Locale.ROOT);
            String wanted = MySqlCollations.declared(field);
            String current = existing.get(column);
            if (wanted != null && current != null && !wanted.equalsIgnoreCase(current)) {
                execute("adopt_collation", name, field.getName(), "ALTER TABLE " + table.getFullName()
                        + " MODIFY COLUMN " + field.getName() + " "
                        + mysqlDefinition(field, found.column(column).nullable()));
            }
        }
    }

    /** The model's MySQL column definition, keeping the existing nullability (rows may hold NULL). */
    @SuppressWarnings("removal")
    private String mysqlDefinition(FieldDefinition field, boolean nullable) {
        String definition = field.getTypeDefinition() != null ? field.getTypeDefinition()
                : "VARCHAR(" + field.getSize() + ")" + (field.shouldAllowNull() ? "" : " NOT NULL");
        return nullable ? withoutNotNull(definition) : definition;
    }

    private static String withoutNotNull(String definition) {
        return definition.replaceAll("(?i)\\s+NOT\\s+NULL", "");
    }

    /**
     * Runs the data fix-up that prepares {@code index}, if there is one, all or nothing: on MySQL in a
     * transaction of its own, elsewhere (where the whole sync is one transaction, see
     * {@link SchemaLock}) in a savepoint.
     */
    private void fixUpBefore(String table, String index) {
        for (DataFixUp fixUp : DataFixUps.ALL) {
            if (!fixUp.table().equalsIgnoreCase(table) || !fixUp.index().equalsIgnoreCase(index)) {
                continue;
            }
            boolean savepoint = type != DbType.MYSQL;
            try {
                begin(savepoint);
                String done = fixUp.apply(connection, type);
                end(savepoint, true);
                if (done != null) {
                    actions.add(new SchemaAction("fix_up", table, index, done));
                    LOG.info("schema sync: " + table + ": " + done);
                }
            } catch (SQLException e) {
                try {
                    end(savepoint, false);
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
                warnings.add(new SchemaWarning("fix_up", table, index, fixUp.getClass().getSimpleName(), message));
                LOG.log(Level.WARNING, "schema sync: data fix-up before " + index + " failed, nothing changed: "
                        + message);
            }
        }
    }

    private void begin(boolean savepoint) throws SQLException {
        if (savepoint) {
            statement("SAVEPOINT data_fix_up");
        } else {
            connection.setAutoCommit(false);
        }
    }

    private void end(boolean savepoint, boolean keep) throws SQLException {
        if (savepoint) {
            LocalTransactions.endSavepoint(connection, "data_fix_up", keep);
        } else {
            LocalTransactions.end(connection, keep);
        }
    }

    private void statement(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    private void createIndex(TableDefinition table, IndexDefinition index) {
        String ddl = TableDdl.createIndex(session, type, table, index);
        execute("create_index", table.getName().toLowerCase(Locale.ROOT), index.getName(), ddl);
    }

    /** Runs one DDL statement; a failure is recorded as a warning and the sync goes on. */
    private boolean execute(String kind, String table, String name, String ddl) {
        boolean savepoint = type == DbType.POSTGRESQL;
        try {
            if (savepoint) {
                statement("SAVEPOINT schema_sync");
            }
            statement(ddl);
            if (savepoint) {
                statement("RELEASE SAVEPOINT schema_sync");
            }
            actions.add(new SchemaAction(kind, table, name, ddl));
            LOG.info("schema sync: " + ddl);
            return true;
        } catch (SQLException e) {
            if (savepoint) {
                undoStatement(e);
            }
            warn(kind, table, name, ddl, e);
            return false;
        }
    }

    /** After a failed statement on PostgreSQL: back to before it, so the transaction goes on. */
    private void undoStatement(SQLException failure) {
        try {
            statement("ROLLBACK TO SAVEPOINT schema_sync");
            statement("RELEASE SAVEPOINT schema_sync");
        } catch (SQLException rollback) {
            failure.addSuppressed(rollback);
        }
    }

    private void warn(String kind, String table, String name, String ddl, SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        warnings.add(new SchemaWarning(kind, table, name, ddl, message));
        LOG.log(Level.WARNING, "schema sync: could not apply '" + ddl + "': " + message);
    }
}
