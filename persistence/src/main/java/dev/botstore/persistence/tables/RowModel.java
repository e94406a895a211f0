package dev.botstore.persistence.tables;

import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.KeyInfo;
import dev.botstore.api.tables.ReferenceInfo;
import dev.botstore.api.tables.TableInfo;
import dev.botstore.persistence.admin.DataCategory;
import dev.botstore.persistence.admin.DataTable;
import dev.botstore.persistence.admin.DataTables;
import dev.botstore.persistence.schema.EpochTime;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.DefaultTableGenerator;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.IndexDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;
import org.eclipse.persistence.tools.schemaframework.UniqueKeyConstraint;

/**
 * The tables of the rows API, read from the EclipseLink project of the entities and nothing else:
 * the columns, key and references as export and import see them ({@link DataTables}), refined with
 * what the entities declare besides (nullability, lengths, column definitions, unique keys and
 * indexes, {@link EpochTime} units, field initialisers). Only the original's tables, the ones the
 * clean-up categories cover: Botstore's own tables (plugin data, keys, audit) are not rows of it.
 */
public final class RowModel {

    private static final Pattern VARCHAR = Pattern.compile("(?i)^\\s*VARCHAR\\s*\\((\\d+)\\)");

    private RowModel() {
    }

    /**
     * The tables of the persistence unit's entities without a database: EclipseLink deploys the
     * unit "validation only" (the model is built, nothing connects), under a session name of its own
     * so that it never meets the application's session. For what must exist before the database
     * does, such as the tables part of the OpenAPI document (TablesOpenApiDocumentTest writes it).
     */
    public static List<TableInfo> offline() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("botstore", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "eclipselink.session-name", "botstore-table-model",
                "eclipselink.validation-only", "true",
                "eclipselink.weaving", "false",
                "eclipselink.target-server", "None",
                "eclipselink.target-database", PostgreSQLPlatform.class.getName()));
        try {
            return of(JpaHelper.getServerSession(emf).getProject()).stream().map(RowTable::info).toList();
        } finally {
            emf.close();
        }
    }

    /** Parents before the tables that reference them. */
    @SuppressWarnings("removal")
    public static List<RowTable> of(Project project) {
        Set<String> exposed = new HashSet<>();
        for (DataCategory category : DataCategory.values()) {
            exposed.addAll(category.tables());
        }
        Map<String, TableDefinition> definitions = new HashMap<>();
        for (TableDefinition definition : new DefaultTableGenerator(project, true).generateDefaultTableCreator()
                .getTableDefinitions()) {
            definitions.put(DataTables.plain(definition.getName()), definition);
        }
        Map<String, ClassDescriptor> descriptors = new HashMap<>();
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            descriptors.put(DataTables.plain(descriptor.getTableName()), descriptor);
        }
        List<RowTable> tables = new ArrayList<>();
        for (DataTable table : DataTables.parentsFirst(project)) {
            if (exposed.contains(table.name())) {
                tables.add(describe(table, definitions.get(table.name()), descriptors.get(table.name())));
            }
        }
        return List.copyOf(tables);
    }

    private static RowTable describe(DataTable table, TableDefinition definition, ClassDescriptor descriptor) {
        Map<String, DirectToFieldMapping> mappings = new HashMap<>();
        for (DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping instanceof DirectToFieldMapping direct) {
                mappings.put(DataTables.plain(direct.getField().getName()), direct);
            }
        }
        Object fresh = descriptor.getInstantiationPolicy().buildNewInstance();
        List<ColumnInfo> columns = new ArrayList<>();
        Map<String, Class<?>> javaTypes = new LinkedHashMap<>();
        Set<String> json = new HashSet<>();
        Map<String, DatabaseMapping> defaulted = new LinkedHashMap<>();
        for (DataTable.DataColumn column : table.columns()) {
            FieldDefinition field = field(definition, column.name());
            DirectToFieldMapping mapping = mappings.get(column.name());
            String declared = field.getTypeDefinition() == null ? "" : field.getTypeDefinition().strip();
            String upper = declared.toUpperCase(Locale.ROOT);
            boolean generated = column.name().equals(table.identity());
            boolean defaultInEntity = mapping != null && mapping.getAttributeValueFromObject(fresh) != null;
            if (defaultInEntity && !generated) {
                defaulted.put(column.name(), mapping);
            }
            boolean nullable = field.shouldAllowNull() && !upper.contains("NOT NULL") && !field.isPrimaryKey();
            boolean required = !nullable && !generated && !defaultInEntity && !upper.contains(" DEFAULT ")
                    && !upper.startsWith("DEFAULT ");
            Class<?> javaType = column.javaType();
            String type = family(javaType, upper);
            if (type.equals(ColumnInfo.JSON)) {
                json.add(column.name());
            }
            Integer length = type.equals(ColumnInfo.STRING) ? length(column, declared) : null;
            Integer bits = type.equals(ColumnInfo.INTEGER)
                    ? (javaType == Long.class || javaType == long.class ? 64 : 32) : null;
            columns.add(new ColumnInfo(column.name(), type, bits, nullable, length, epoch(descriptor, mapping),
                    generated, required));
            javaTypes.put(column.name(), javaType);
        }
        List<KeyInfo> uniqueKeys = new ArrayList<>();
        List<KeyInfo> indexes = new ArrayList<>();
        for (UniqueKeyConstraint unique : definition.getUniqueKeys()) {
            uniqueKeys.add(new KeyInfo(DataTables.plain(unique.getName()), plain(unique.getSourceFields())));
        }
        for (FieldDefinition field : definition.getFields()) {
            if (field.isUnique() && !field.isPrimaryKey()) {
                uniqueKeys.add(new KeyInfo(DataTables.plain(field.getName()), List.of(DataTables.plain(field.getName()))));
            }
        }
        for (IndexDefinition index : definition.getIndexes()) {
            KeyInfo key = new KeyInfo(DataTables.plain(index.getName()), plain(index.getFields()));
            indexes.add(key);
            if (index.isUnique()) {
                uniqueKeys.add(key);
            }
        }
        List<ReferenceInfo> references = new ArrayList<>();
        table.references().forEach((column, parent) -> references.add(new ReferenceInfo(column, parent)));
        references.sort((a, b) -> a.column().compareTo(b.column()));
        TableInfo info = new TableInfo(table.name(), table.primaryKey().get(0), columns, uniqueKeys, indexes, references);
        return new RowTable(info, javaTypes, json, descriptor, defaulted);
    }

    private static FieldDefinition field(TableDefinition definition, String column) {
        for (FieldDefinition field : definition.getFields()) {
            if (DataTables.plain(field.getName()).equals(column)) {
                return field;
            }
        }
        throw new IllegalStateException("no column " + column + " in " + definition.getName());
    }

    private static String family(Class<?> javaType, String declared) {
        if (javaType == Integer.class || javaType == Long.class || javaType == int.class || javaType == long.class
                || javaType == Short.class) {
            return ColumnInfo.INTEGER;
        }
        if (javaType == Double.class || javaType == Float.class || javaType == double.class || javaType == float.class) {
            return ColumnInfo.NUMBER;
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return ColumnInfo.BOOLEAN;
        }
        if (javaType == LocalDateTime.class) {
            return ColumnInfo.DATETIME;
        }
        if (javaType == byte[].class) {
            return ColumnInfo.BINARY;
        }
        if (declared.startsWith("JSON")) {
            return ColumnInfo.JSON;
        }
        return declared.isEmpty() || declared.startsWith("VARCHAR") ? ColumnInfo.STRING : ColumnInfo.TEXT;
    }

    /** A VARCHAR's length: the column's, or the one spelled out in its column definition. */
    private static Integer length(DataTable.DataColumn column, String declared) {
        Matcher m = VARCHAR.matcher(declared);
        return m.find() ? Integer.valueOf(m.group(1)) : Integer.valueOf(column.size());
    }

    private static String epoch(ClassDescriptor descriptor, DirectToFieldMapping mapping) {
        if (mapping == null) {
            return null;
        }
        try {
            Field field = descriptor.getJavaClass().getDeclaredField(mapping.getAttributeName());
            EpochTime epoch = field.getAnnotation(EpochTime.class);
            if (epoch == null) {
                return null;
            }
            return epoch.value() == EpochTime.Unit.MILLISECONDS ? ColumnInfo.MILLISECONDS : ColumnInfo.SECONDS;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static List<String> plain(List<?> names) {
        return names.stream().map(n -> DataTables.plain(n.toString())).toList();
    }
}
