package dev.botstore.persistence.admin;

import dev.botstore.persistence.security.ApiKey;
import dev.botstore.persistence.security.AuditRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.ForeignKeyConstraint;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * The tables of the entity model that hold data, parents before the tables that reference them.
 * Botstore's access-control tables (API keys, audit trail) are not data: they are never exported,
 * imported, counted or cleared with it.
 */
public final class DataTables {

    private static final Set<String> ACCESS_CONTROL = Set.of(ApiKey.TABLE, AuditRecord.TABLE);

    private DataTables() {
    }

    public static List<DataTable> parentsFirst(Project project) {
        Map<String, DataTable> byName = new LinkedHashMap<>();
        List<TableDefinition> model = new DefaultTableGenerator(project, true).generateDefaultTableCreator()
                .getTableDefinitions();
        Map<String, Class<?>> attributeTypes = attributeTypes(project);
        for (TableDefinition definition : model) {
            DataTable table = describe(definition, attributeTypes);
            if (ACCESS_CONTROL.contains(table.name())) {
                continue;
            }
            byName.put(table.name(), table);
        }
        List<DataTable> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        byName.keySet().stream().sorted().forEach(name -> visit(name, byName, done, ordered));
        return List.copyOf(ordered);
    }

    private static void visit(String name, Map<String, DataTable> byName, Set<String> done, List<DataTable> ordered) {
        DataTable table = byName.get(name);
        if (table == null || !done.add(name)) {
            return;
        }
        table.parents().stream().sorted().forEach(parent -> visit(parent, byName, done, ordered));
        ordered.add(table);
    }

    /**
     * The Java type of each mapped column ({@code table.column}), from the entities: a column with a
     * full column definition has no type in the table model.
     */
    private static Map<String, Class<?>> attributeTypes(Project project) {
        Map<String, Class<?>> types = new HashMap<>();
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof DirectToFieldMapping direct && direct.getAttributeClassification() != null) {
                    types.put(plain(direct.getField().getTableName()) + "." + plain(direct.getField().getName()),
                            direct.getAttributeClassification());
                }
            }
        }
        return types;
    }

    @SuppressWarnings("removal")
    private static DataTable describe(TableDefinition definition, Map<String, Class<?>> attributeTypes) {
        List<DataTable.DataColumn> columns = new ArrayList<>();
        List<String> key = new ArrayList<>();
        String identity = null;
        Set<String> seen = new HashSet<>();
        for (FieldDefinition field : definition.getFields()) {
            String name = plain(field.getName());
            if (!seen.add(name)) {
                continue;
            }
            Class<?> type = attributeTypes.getOrDefault(plain(definition.getName()) + "." + name, field.getType());
            columns.add(new DataTable.DataColumn(name, type == null ? String.class : type,
                    field.getTypeDefinition() == null ? field.getSize() : 0));
            if (field.isPrimaryKey()) {
                key.add(name);
            }
            if (field.isIdentity()) {
                identity = name;
            }
        }
        Map<String, String> references = new LinkedHashMap<>();
        for (ForeignKeyConstraint fk : definition.getForeignKeys()) {
            String parent = plain(fk.getTargetTable());
            if (!parent.equals(plain(definition.getName()))) {
                for (Object source : fk.getSourceFields()) {
                    references.put(plain(source.toString()), parent);
                }
            }
        }
        return new DataTable(plain(definition.getName()), columns, key, identity, references);
    }

    public static String plain(String name) {
        return name.replace("\"", "").replace("`", "").strip().toLowerCase(Locale.ROOT);
    }
}
