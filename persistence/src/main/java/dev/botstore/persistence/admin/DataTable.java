package dev.botstore.persistence.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table of the entity model as export and import see it.
 *
 * @param name       the table name, lower case
 * @param columns    every column once, in model order
 * @param primaryKey the primary-key columns (rows are exported in this order)
 * @param identity   the generated key column, null when the key is assigned
 * @param references the foreign-key columns and the table each points at
 */
public record DataTable(String name, List<DataColumn> columns, List<String> primaryKey, String identity,
                        Map<String, String> references) {

    public DataTable {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        references = Map.copyOf(references);
    }

    /** The tables its foreign keys point at. */
    public Set<String> parents() {
        return Set.copyOf(references.values());
    }

    /** Whether the table has a {@code group_id} column: an export for one group keeps only its rows. */
    public boolean hasGroup() {
        return column("group_id") != null;
    }

    public DataColumn column(String name) {
        for (DataColumn column : columns) {
            if (column.name().equals(name)) {
                return column;
            }
        }
        return null;
    }

    /**
     * A column and the Java type its entity attribute has (Integer, Long, Double, Boolean, String,
     * LocalDateTime or byte[]): the type decides how a value is read, written as JSON and bound;
     * {@code size} is the declared length of a VARCHAR, 0 otherwise.
     */
    public record DataColumn(String name, Class<?> javaType, int size) {
    }
}
