package dev.botstore.api.tables;

import java.util.List;

/**
 * One table as its entity declares it.
 *
 * @param primaryKey the primary-key column (every table of the original has exactly one)
 * @param uniqueKeys the declared unique keys and unique indexes, by name: the targets of an upsert
 * @param indexes    every declared index, unique or not: their first columns are what rows can be ordered by
 * @param references the columns holding another table's primary key
 */
public record TableInfo(String name, String primaryKey, List<ColumnInfo> columns, List<KeyInfo> uniqueKeys,
                        List<KeyInfo> indexes, List<ReferenceInfo> references) {

    public TableInfo {
        columns = List.copyOf(columns);
        uniqueKeys = List.copyOf(uniqueKeys);
        indexes = List.copyOf(indexes);
        references = List.copyOf(references);
    }

    public ColumnInfo column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    public KeyInfo uniqueKey(String name) {
        return uniqueKeys.stream().filter(k -> k.name().equals(name)).findFirst().orElse(null);
    }

    /** Whether rows can be ordered by the column: it leads an index or is the primary key. */
    public boolean orderable(String column) {
        return column.equals(primaryKey) || indexes.stream().anyMatch(i -> i.columns().get(0).equals(column));
    }
}
