package dev.botstore.persistence.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * On an adopted MySQL database, the original's TEXT columns (64 KB) become LONGTEXT and its
 * single-precision FLOAT timestamps DOUBLE, where the entity model says so. Widening only: a
 * column keeps its nullability, and nothing is ever narrowed.
 */
final class MySqlWidening {

    record Change(String column, String ddl) {
    }

    private static final Set<String> NARROWER_TEXT = Set.of("tinytext", "text", "mediumtext");

    private MySqlWidening() {
    }

    static List<Change> changes(TableDefinition table, DatabaseCatalog.Table found) {
        List<Change> changes = new ArrayList<>();
        for (FieldDefinition field : table.getFields()) {
            String column = TableDdl.plain(field.getName());
            DatabaseCatalog.Column existingColumn = found.column(column);
            String existing = existingColumn == null ? null : existingColumn.typeName().toLowerCase(Locale.ROOT);
            String model = field.getTypeDefinition() == null ? "" : field.getTypeDefinition().strip().toUpperCase(Locale.ROOT);
            String wider = null;
            if (model.startsWith("LONGTEXT") && NARROWER_TEXT.contains(existing)) {
                wider = "LONGTEXT";
            } else if (model.startsWith("DOUBLE") && "float".equals(existing)) {
                wider = "DOUBLE";
            }
            if (wider != null) {
                String nullability = existingColumn.nullable() ? " NULL" : " NOT NULL";
                changes.add(new Change(field.getName(), "ALTER TABLE " + table.getFullName() + " MODIFY COLUMN "
                        + field.getName() + " " + wider + nullability));
            }
        }
        return changes;
    }
}
