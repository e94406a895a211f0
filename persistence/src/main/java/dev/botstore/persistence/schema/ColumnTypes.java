package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.tools.schemaframework.FieldDefinition;
import org.eclipse.persistence.tools.schemaframework.TableDefinition;

/**
 * Refines EclipseLink's table model where its column types are not what this backend needs, so
 * that the entities of the original's tables come out as the original's DDL:
 *
 * <ul>
 *   <li>entity conventions: {@code Integer}/{@code Long}/{@code Double}/{@code Boolean}/{@code String}
 *       with a length/{@code LocalDateTime}/{@code byte[]} fields get INTEGER, BIGINT, FLOAT, BOOLEAN,
 *       VARCHAR(n), a date-time and BLOB on every backend; text is {@code columnDefinition = "TEXT"}
 *       (plus {@code " NOT NULL"}), JSON {@code "JSON"}, a server default is spelled out in the
 *       column definition;</li>
 *   <li>MySQL: FLOAT stays single precision like the original's, BOOL for booleans, BLOB for
 *       binaries, and every TEXT column is LONGTEXT (the spec: nothing is truncated); a
 *       {@link EpochTime} seconds with a fraction are DOUBLE, a {@link MySqlType} on a
 *       field replaces the whole definition; TEXT, BLOB and JSON columns get no default;</li>
 *   <li>SQLite: BIGINT and BOOLEAN are declared as such, only an identity stays INTEGER (the rowid);</li>
 *   <li>PostgreSQL: an Integer identity is SERIAL.</li>
 * </ul>
 */
final class ColumnTypes {

    private static final Pattern TEXT_LIKE = Pattern.compile("(?i)^\\s*(TINY|MEDIUM|LONG)?(TEXT|BLOB)\\b|^\\s*JSON\\b");
    private static final Pattern DEFAULT_CLAUSE = Pattern.compile("(?i)\\s+DEFAULT\\s+('([^']|'')*'|\\S+)");

    private ColumnTypes() {
    }

    static void refine(DbType type, Project project, List<TableDefinition> tables) {
        checkEpochFields(project);
        switch (type) {
            case MYSQL -> {
                for (TableDefinition table : tables) {
                    for (FieldDefinition field : table.getFields()) {
                        refineMySql(field);
                    }
                }
                applyEpochTypes(project, tables);
                applyMySqlTypes(project, tables);
                for (TableDefinition table : tables) {
                    for (FieldDefinition field : table.getFields()) {
                        stripMySqlTextDefault(field);
                    }
                }
            }
            case POSTGRESQL -> fixPostgresIdentities(tables);
            case SQLITE -> {
                for (TableDefinition table : tables) {
                    for (FieldDefinition field : table.getFields()) {
                        refineSqlite(field);
                    }
                }
            }
        }
    }

    /** A text column: what MySQL can index only by a prefix. */
    static boolean isText(FieldDefinition field) {
        String definition = field.getTypeDefinition();
        return definition != null && definition.strip().toUpperCase(Locale.ROOT).matches("(TINY|MEDIUM|LONG)?TEXT\\b.*");
    }

    private static void refineMySql(FieldDefinition field) {
        if (field.isIdentity()) {
            return;
        }
        String definition = field.getTypeDefinition();
        if (definition != null) {
            if (definition.strip().toUpperCase(Locale.ROOT).matches("TEXT\\b.*")) {
                field.setTypeDefinition("LONG" + definition.strip());
            }
            return;
        }
        Class<?> javaType = field.getType();
        if (javaType == Boolean.class || javaType == boolean.class) {
            define(field, "BOOL");
        } else if (javaType == Double.class || javaType == double.class) {
            define(field, "FLOAT");
        } else if (javaType == byte[].class || javaType == Byte[].class) {
            define(field, "BLOB");
        }
    }

    private static void refineSqlite(FieldDefinition field) {
        if (field.isIdentity() || field.getTypeDefinition() != null) {
            return;
        }
        Class<?> javaType = field.getType();
        if (javaType == Long.class || javaType == long.class) {
            define(field, "BIGINT");
        } else if (javaType == Boolean.class || javaType == boolean.class) {
            define(field, "BOOLEAN");
        }
    }

    /** The whole column definition, as EclipseLink would write it with {@code typeName}. */
    private static void define(FieldDefinition field, String typeName) {
        field.setTypeDefinition(typeName + (field.shouldAllowNull() && !field.isPrimaryKey() ? "" : " NOT NULL"));
    }

    /** MySQL rejects a DEFAULT on TEXT, BLOB and JSON columns (error 1101). */
    private static void stripMySqlTextDefault(FieldDefinition field) {
        String definition = field.getTypeDefinition();
        if (definition != null && TEXT_LIKE.matcher(definition).find()) {
            field.setTypeDefinition(DEFAULT_CLAUSE.matcher(definition).replaceAll(""));
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

    /**
     * Epoch columns on MySQL: a fraction of a second needs DOUBLE, since MySQL's FLOAT is single
     * precision. Whole units are BIGINT on every backend already (the field is a {@code Long}).
     */
    private static void applyEpochTypes(Project project, List<TableDefinition> tables) {
        forAnnotated(project, tables, EpochTime.class, (field, target) -> {
            if (field.getType() == Double.class) {
                define(target, "DOUBLE");
            }
        });
    }

    /** The {@link MySqlType} column definitions of the entities. */
    private static void applyMySqlTypes(Project project, List<TableDefinition> tables) {
        forAnnotated(project, tables, MySqlType.class,
                (field, target) -> target.setTypeDefinition(field.getAnnotation(MySqlType.class).value()));
    }

    /** Each mapped entity field carrying {@code annotation}, with its column in {@code tables}. */
    private static void forAnnotated(Project project, List<TableDefinition> tables, Class<? extends Annotation> annotation,
                                     BiConsumer<Field, FieldDefinition> action) {
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            for (Field field : descriptor.getJavaClass().getDeclaredFields()) {
                DatabaseMapping mapping = descriptor.getMappingForAttributeName(field.getName());
                if (!field.isAnnotationPresent(annotation) || mapping == null || mapping.getField() == null) {
                    continue;
                }
                for (TableDefinition table : tables) {
                    if (table.getName().equalsIgnoreCase(mapping.getField().getTableName())) {
                        FieldDefinition target = table.getField(mapping.getField().getName());
                        if (target != null) {
                            action.accept(field, target);
                        }
                    }
                }
            }
        }
    }

    /** An epoch column is a Long (whole units) or a Double (seconds with a fraction), nothing else. */
    static void checkEpochFields(Project project) {
        for (ClassDescriptor descriptor : project.getOrderedDescriptors()) {
            for (Field field : descriptor.getJavaClass().getDeclaredFields()) {
                EpochTime epoch = field.getAnnotation(EpochTime.class);
                if (epoch != null && field.getType() != Long.class
                        && !(field.getType() == Double.class && epoch.value() == EpochTime.Unit.SECONDS)) {
                    throw new IllegalStateException(descriptor.getJavaClass().getSimpleName() + "." + field.getName()
                            + ": an epoch column is a Long, or a Double of seconds, not " + field.getType().getSimpleName());
                }
            }
        }
    }
}
