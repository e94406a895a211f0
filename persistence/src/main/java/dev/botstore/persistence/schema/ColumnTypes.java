package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import java.lang.reflect.Field;
import java.util.List;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/** Refines EclipseLink's table model where its column types are not what this backend needs. */
final class ColumnTypes {

    private ColumnTypes() {
    }

    static void refine(DbType type, Project project, List<TableDefinition> tables) {
        switch (type) {
            case MYSQL -> applyMySqlTypes(project, tables);
            case POSTGRESQL -> fixPostgresIdentities(tables);
            case SQLITE -> { }
        }
    }

    /**
     * EclipseLink 4.0.9's PostgreSQL platform overrides an outdated overload and so renders an
     * identity column as {@code BIGINT SERIAL}, which PostgreSQL rejects; spell it out instead.
     */
    private static void fixPostgresIdentities(List<TableDefinition> tables) {
        for (TableDefinition table : tables) {
            for (FieldDefinition field : table.getFields()) {
                if (field.isIdentity() && field.getTypeDefinition() == null) {
                    boolean wide = field.getType() == Long.class || field.getType() == long.class;
                    field.setTypeDefinition((wide ? "BIGSERIAL" : "SERIAL") + " NOT NULL");
                }
            }
        }
    }

    /** The {@link MySqlType} column definitions of the entities. */
    private static void applyMySqlTypes(Project project, List<TableDefinition> tables) {
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            for (Field field : descriptor.getJavaClass().getDeclaredFields()) {
                MySqlType override = field.getAnnotation(MySqlType.class);
                DatabaseMapping mapping = descriptor.getMappingForAttributeName(field.getName());
                if (override == null || mapping == null || mapping.getField() == null) {
                    continue;
                }
                for (TableDefinition table : tables) {
                    if (table.getName().equalsIgnoreCase(mapping.getField().getTableName())) {
                        FieldDefinition target = table.getField(mapping.getField().getName());
                        if (target != null) {
                            target.setTypeDefinition(override.value());
                        }
                    }
                }
            }
        }
    }
}
