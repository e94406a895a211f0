package dev.botstore.facades.tables;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.RowFilter;
import dev.botstore.api.tables.RowQuery;
import dev.botstore.api.tables.TableInfo;
import dev.botstore.api.tables.Tables;
import dev.botstore.persistence.tables.RowCondition;
import dev.botstore.persistence.tables.RowSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the caller's filters, order, cursor and limit into a checked {@link RowSelection}: columns
 * must exist, the order column must lead an index (or be the primary key), values must fit their
 * columns, an {@code in} list holds at most {@link Tables#MAX_IN_VALUES} values.
 */
final class RowQueries {

    private RowQueries() {
    }

    static List<RowCondition> conditions(TableInfo table, List<RowFilter> filters) {
        List<RowCondition> conditions = new ArrayList<>();
        for (RowFilter written : filters) {
            RowFilter filter = normalise(written);
            String field = written.operator().equals("eq") ? written.column()
                    : written.column() + "." + written.operator();
            ColumnInfo column = table.column(filter.column());
            if (column == null) {
                throw new InvalidInputException(field, field + ": " + table.name() + " has no column " + filter.column());
            }
            RowCondition.Operator operator = operator(filter.operator(), field);
            List<Object> values = new ArrayList<>();
            if (operator == RowCondition.Operator.IS_NULL || operator == RowCondition.Operator.NOT_NULL) {
                conditions.add(new RowCondition(column.name(), operator, values));
                continue;
            }
            List<String> raw = operator == RowCondition.Operator.IN ? List.of(filter.value().split(",", -1))
                    : List.of(filter.value());
            if (raw.size() > Tables.MAX_IN_VALUES) {
                throw new InvalidInputException(field, field + " lists " + raw.size() + " values; at most "
                        + Tables.MAX_IN_VALUES + " are taken");
            }
            for (String text : raw) {
                values.add(RowValues.text(column, text, field));
            }
            conditions.add(new RowCondition(column.name(), operator, values));
        }
        return conditions;
    }

    private static RowCondition.Operator operator(String name, String field) {
        return switch (name) {
            case "eq" -> RowCondition.Operator.EQ;
            case "neq" -> RowCondition.Operator.NEQ;
            case "gt" -> RowCondition.Operator.GT;
            case "gte" -> RowCondition.Operator.GTE;
            case "lt" -> RowCondition.Operator.LT;
            case "lte" -> RowCondition.Operator.LTE;
            case "in" -> RowCondition.Operator.IN;
            case "null" -> RowCondition.Operator.IS_NULL;
            case "notnull" -> RowCondition.Operator.NOT_NULL;
            default -> throw new InvalidInputException(field, field + ": unknown operator " + name
                    + " (eq, neq, gt, gte, lt, lte, in, is)");
        };
    }

    /** {@code is=null} and {@code is=notnull} carry their meaning in the value. */
    private static RowFilter normalise(RowFilter filter) {
        if (!filter.operator().equals("is")) {
            return filter;
        }
        String value = filter.value() == null ? "" : filter.value().strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "null" -> new RowFilter(filter.column(), "null", null);
            case "notnull", "not.null" -> new RowFilter(filter.column(), "notnull", null);
            default -> throw new InvalidInputException(filter.column() + ".is", filter.column()
                    + ".is must be null or notnull");
        };
    }

    /** The order column and direction of {@code order} ({@code -created_at}); the primary key by default. */
    static String orderColumn(TableInfo table, String order) {
        if (order == null || order.isBlank()) {
            return table.primaryKey();
        }
        String name = order.strip().startsWith("-") ? order.strip().substring(1) : order.strip();
        if (table.column(name) == null) {
            throw new InvalidInputException("order", "order: " + table.name() + " has no column " + name);
        }
        if (!table.orderable(name)) {
            throw new InvalidInputException("order", "order: " + name + " leads no index of " + table.name()
                    + "; rows can be ordered by the primary key or the first column of an index");
        }
        return name;
    }

    static boolean descending(String order) {
        return order != null && order.strip().startsWith("-");
    }

    static RowSelection selection(TableInfo table, RowQuery query, List<RowCondition> conditions) {
        int limit = query.limit() == null ? Tables.DEFAULT_LIMIT : query.limit();
        if (limit < 1 || limit > Tables.MAX_LIMIT) {
            throw new InvalidInputException("limit", "limit is " + limit + "; it must be between 1 and "
                    + Tables.MAX_LIMIT);
        }
        String column = orderColumn(table, query.order());
        boolean descending = descending(query.order());
        String order = (descending ? "-" : "") + column;
        if (query.cursor() == null || query.cursor().isBlank()) {
            return new RowSelection(conditions, column, descending, false, null, null, limit + 1);
        }
        RowCursor cursor = RowCursor.decode(query.cursor(), order, table, column);
        return new RowSelection(conditions, column, descending, true, cursor.value(), cursor.key(), limit + 1);
    }
}
