package dev.botstore.persistence.tables;

import dev.botstore.api.tables.TableInfo;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;

/**
 * One table of the rows API: its public description plus what the store needs to bind and read
 * values (each column's entity attribute type, its native JSON columns) and the entity's own
 * defaults for an insert that leaves columns out.
 */
public final class RowTable {

    private final TableInfo info;
    private final Map<String, Class<?>> javaTypes;
    private final Set<String> json;
    private final ClassDescriptor descriptor;
    private final Map<String, DatabaseMapping> defaulted;

    RowTable(TableInfo info, Map<String, Class<?>> javaTypes, Set<String> json, ClassDescriptor descriptor,
             Map<String, DatabaseMapping> defaulted) {
        this.info = info;
        this.javaTypes = Map.copyOf(javaTypes);
        this.json = Set.copyOf(json);
        this.descriptor = descriptor;
        this.defaulted = Map.copyOf(defaulted);
    }

    public TableInfo info() {
        return info;
    }

    public String name() {
        return info.name();
    }

    Class<?> javaType(String column) {
        return javaTypes.get(column);
    }

    boolean json(String column) {
        return json.contains(column);
    }

    /**
     * What a new entity holds before anything is set ({@code importance = 5}, {@code created_at =
     * now}), column by column, in the store's value forms; the ORM writes these, so an insert here does too.
     */
    public Map<String, Object> defaults() {
        Object fresh = descriptor.getInstantiationPolicy().buildNewInstance();
        Map<String, Object> values = new LinkedHashMap<>();
        defaulted.forEach((column, mapping) -> {
            Object value = mapping.getAttributeValueFromObject(fresh);
            if (value != null) {
                values.put(column, storeForm(value));
            }
        });
        return values;
    }

    /** Whole numbers as Long, fractions as Double, date-times as ISO-8601 text, binaries as base64. */
    private static Object storeForm(Object value) {
        if (value instanceof Integer || value instanceof Short) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof LocalDateTime time) {
            return time.toString();
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        return value;
    }
}
