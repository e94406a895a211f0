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
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * <p>Every statement runs on its own (auto-commit) so that one that fails (say, a unique index over
 * duplicate rows) becomes a warning in the report and the others still run; on PostgreSQL a failed
 * statement therefore never aborts the rest. The whole sync runs under {@link SchemaLock}.
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
        for (TableDefinition table : TableDdl.parentsFirst(model)) {
            String name = table.getName().toLowerCase(Locale.ROOT);
            DatabaseCatalog.Table found = existing.get(name);
            if (found == null) {
                if (execute("create_table", name, name, TableDdl.createTable(session, table))) {
                    for (IndexDefinition index : table.getIndexes()) {
                        createIndex(table, index);
                    }
                }
                continue;
            }
            for (FieldDefinition field : table.getFields()) {
                if (!found.columns().contains(TableDdl.plain(field.getName()))) {
                    String ddl = table.buildAddFieldWriter(session, addable(field), new StringWriter()).toString().strip();
                    execute("add_column", name, field.getName(), ddl);
                }
            }
            if (type == DbType.MYSQL) {
                for (MySqlWidening.Change change : MySqlWidening.changes(table, found)) {
                    execute("widen_column", name, change.column(), change.ddl());
                }
            }
            for (UniqueKeyConstraint unique : table.getUniqueKeys()) {
                if (!found.indexes().contains(unique.getName().toLowerCase(Locale.ROOT))
                        && !found.uniqueColumns().contains(TableDdl.lower(unique.getSourceFields()))) {
                    execute("add_constraint", name, unique.getName(), TableDdl.addUnique(type, table, unique));
                }
            }
            for (IndexDefinition index : table.getIndexes()) {
                if (!found.indexes().contains(index.getName().toLowerCase(Locale.ROOT))) {
                    if (index.isUnique()) {
                        fixUpBeforeUniqueIndex(name, index.getName(), existing);
                    }
                    createIndex(table, index);
                }
            }
            for (ForeignKeyConstraint fk : TableDdl.foreignKeys(table)) {
                if (!found.foreignKeys().contains(TableDdl.lower(TableDdl.sourceFields(fk)))) {
                    addForeignKey(table, fk);
                }
            }
        }
    }

    /** Data fix-ups the original runs before it creates a unique index on an adopted table. */
    private void fixUpBeforeUniqueIndex(String table, String index, Map<String, DatabaseCatalog.Table> existing) {
        if (!table.equals("jargon") || !index.equalsIgnoreCase(JargonDeduplication.INDEX)) {
            return;
        }
        String what = "merge duplicate (chat_id, content) rows of jargon";
        try {
            JargonDeduplication.run(connection, type, existing.containsKey("jargon_usage_frequency")).ifPresent(result -> {
                actions.add(new SchemaAction("fixup", table, index, result.describe()));
                LOG.info("schema sync: " + result.describe());
            });
        } catch (SQLException e) {
            warn("fixup", table, index, what, e);
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
        nullable.setTypeDefinition(definition.replaceAll("(?i)\\s+NOT\\s+NULL", ""));
        return nullable;
    }

    private void createIndex(TableDefinition table, IndexDefinition index) {
        String ddl = TableDdl.createIndex(session, type, table, index);
        execute("create_index", table.getName().toLowerCase(Locale.ROOT), index.getName(), ddl);
    }

    /** Runs one DDL statement; a failure is recorded as a warning and the sync goes on. */
    private boolean execute(String kind, String table, String name, String ddl) {
        try (Statement st = connection.createStatement()) {
            st.execute(ddl);
            actions.add(new SchemaAction(kind, table, name, ddl));
            LOG.info("schema sync: " + ddl);
            return true;
        } catch (SQLException e) {
            warn(kind, table, name, ddl, e);
            return false;
        }
    }

    private void warn(String kind, String table, String name, String ddl, SQLException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        warnings.add(new SchemaWarning(kind, table, name, ddl, message));
        LOG.log(Level.WARNING, "schema sync: could not apply '" + ddl + "': " + message);
    }
}
