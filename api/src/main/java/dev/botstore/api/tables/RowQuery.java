package dev.botstore.api.tables;

import java.util.List;

/**
 * A rows request as the caller wrote it, checked by the facade.
 *
 * @param order  a column, descending with a leading {@code -}; null for the primary key
 * @param cursor the {@code next} of the previous page, null for the first
 * @param limit  rows per page, null for {@link Tables#DEFAULT_LIMIT}
 * @param count  whether to count every matching row as well
 */
public record RowQuery(List<RowFilter> filters, String order, String cursor, Integer limit, boolean count) {

    public RowQuery {
        filters = List.copyOf(filters);
    }
}
