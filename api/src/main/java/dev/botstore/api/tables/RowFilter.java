package dev.botstore.api.tables;

/**
 * One filter as the caller wrote it: {@code group_id=g1} is ({@code group_id}, {@code eq}, {@code g1}),
 * {@code created_at.gte=1700000000} is ({@code created_at}, {@code gte}, {@code 1700000000}).
 * Operators: eq, neq, gt, gte, lt, lte, in (comma-separated values), is ({@code null} or {@code notnull}).
 */
public record RowFilter(String column, String operator, String value) {
}
