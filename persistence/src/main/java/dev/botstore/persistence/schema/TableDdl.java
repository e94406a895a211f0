package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.ForeignKeyConstraint;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;
import org.eclipse.persistence.tools.schemaframework.UniqueKeyConstraint;

/**
 * The DDL of one table as the original plugin emits it: unique constraints and foreign keys inside
 * CREATE TABLE, foreign keys unnamed (so each database names them as it does for the original:
 * {@code <table>_<column>_fkey}, {@code <table>_ibfk_<n>}), indexes as separate statements with a
 * 255-character prefix on MySQL text columns.
 */
final class TableDdl {

    /** MySQL cannot index a text column whole; the original indexes its first 255 characters. */
    static final int MYSQL_TEXT_PREFIX = 255;

    private TableDdl() {
    }

    @SuppressWarnings("removal")
    static String createTable(AbstractSession session, TableDefinition table) {
        StringWriter w = new StringWriter();
        w.write("CREATE TABLE " + table.getFullName() + " (");
        List<String> parts = new ArrayList<>();
        for (FieldDefinition field : table.getFields()) {
            StringWriter column = new StringWriter();
            field.appendDBString(column, session, table);
            String definition = column.toString();
            if (field.getTypeDefinition() != null && field.isUnique() && !definition.toUpperCase(Locale.ROOT).contains("UNIQUE")) {
                definition += " UNIQUE";
            }
            parts.add(definition);
        }
        if (!table.getPrimaryKeyFieldNames().isEmpty()) {
            parts.add("PRIMARY KEY (" + String.join(", ", table.getPrimaryKeyFieldNames()) + ")");
        }
        for (UniqueKeyConstraint unique : table.getUniqueKeys()) {
            parts.add(uniqueConstraint(unique));
        }
        for (ForeignKeyConstraint fk : foreignKeys(table)) {
            parts.add(foreignKey(fk));
        }
        w.write(String.join(", ", parts));
        w.write(")");
        return w.toString();
    }

    static String uniqueConstraint(UniqueKeyConstraint unique) {
        return "CONSTRAINT " + unique.getName() + " UNIQUE (" + String.join(", ", unique.getSourceFields()) + ")";
    }

    /**
     * A unique constraint for an adopted table. SQLite cannot add a constraint to a table; a unique
     * index of the same name and columns enforces the same.
     */
    static String addUnique(DbType type, TableDefinition table, UniqueKeyConstraint unique) {
        String columns = String.join(", ", unique.getSourceFields());
        return type == DbType.SQLITE
                ? "CREATE UNIQUE INDEX " + unique.getName() + " ON " + table.getFullName() + " (" + columns + ")"
                : "ALTER TABLE " + table.getFullName() + " ADD " + uniqueConstraint(unique);
    }

    /** The tables in an order where every referenced table comes before the tables referencing it. */
    static List<TableDefinition> parentsFirst(List<TableDefinition> tables) {
        Map<String, TableDefinition> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(plain(t.getName()), t));
        List<TableDefinition> ordered = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        for (String name : byName.keySet()) {
            visit(name, byName, done, ordered);
        }
        return ordered;
    }

    private static void visit(String name, Map<String, TableDefinition> byName, java.util.Set<String> done,
                              List<TableDefinition> ordered) {
        TableDefinition table = byName.get(name);
        if (table == null || !done.add(name)) {
            return;
        }
        for (ForeignKeyConstraint fk : table.getForeignKeys()) {
            visit(plain(fk.getTargetTable()), byName, done, ordered);
        }
        ordered.add(table);
    }

    /** Unnamed, without ON DELETE: the original's foreign keys. */
    static String foreignKey(ForeignKeyConstraint fk) {
        return "FOREIGN KEY (" + String.join(", ", sourceFields(fk)) + ") REFERENCES " + fk.getTargetTable()
                + " (" + String.join(", ", fk.getTargetFields()) + ")";
    }

    @SuppressWarnings("unchecked")
    static List<String> sourceFields(ForeignKeyConstraint fk) {
        return (List<String>) fk.getSourceFields();
    }

    /**
     * The foreign keys of the table, one per source column list. A column mapped twice (a plain
     * value and a read-only reference) yields one constraint.
     */
    static Collection<ForeignKeyConstraint> foreignKeys(TableDefinition table) {
        Map<List<String>, ForeignKeyConstraint> unique = new LinkedHashMap<>();
        for (ForeignKeyConstraint fk : table.getForeignKeys()) {
            unique.putIfAbsent(lower(sourceFields(fk)), fk);
        }
        return unique.values();
    }

    /** CREATE [UNIQUE] INDEX, with MySQL's prefix length on text columns. */
    @SuppressWarnings("removal")
    static String createIndex(AbstractSession session, DbType type, TableDefinition table, IndexDefinition index) {
        IndexDefinition copy = new IndexDefinition();
        copy.setName(index.getName());
        copy.setIsUnique(index.isUnique());
        copy.setTargetTable(index.getTargetTable() == null ? table.getFullName() : index.getTargetTable());
        Map<String, FieldDefinition> fields = new HashMap<>();
        for (FieldDefinition field : table.getFields()) {
            fields.put(field.getName().toLowerCase(Locale.ROOT), field);
        }
        for (String column : index.getFields()) {
            FieldDefinition field = fields.get(column.strip().toLowerCase(Locale.ROOT));
            boolean prefixed = type == DbType.MYSQL && field != null && ColumnTypes.isText(field);
            copy.addField(prefixed ? column + "(" + MYSQL_TEXT_PREFIX + ")" : column);
        }
        return copy.buildCreationWriter(session, new StringWriter()).toString();
    }

    static List<String> lower(List<String> names) {
        return names.stream().map(TableDdl::plain).toList();
    }

    /** A column or table name without delimiters, lower case: how the catalog reports it. */
    static String plain(String name) {
        return name.replace("\"", "").replace("`", "").strip().toLowerCase(Locale.ROOT);
    }
}
