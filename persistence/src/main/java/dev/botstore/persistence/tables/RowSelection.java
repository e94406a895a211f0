package dev.botstore.persistence.tables;

import java.util.List;

/**
 * A checked page request: filters, the order column (the primary key or an indexed column) and,
 * after the first page, the order value and primary key of the last row already seen. Rows whose
 * order value is null come last in either direction, the same on every backend.
 *
 * @param after    whether this page continues after ({@code afterValue}, {@code afterKey})
 */
public record RowSelection(List<RowCondition> conditions, String order, boolean descending, boolean after,
                           Object afterValue, Object afterKey, int limit) {

    public RowSelection {
        conditions = List.copyOf(conditions);
    }
}
