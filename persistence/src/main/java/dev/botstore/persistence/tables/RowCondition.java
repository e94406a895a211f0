package dev.botstore.persistence.tables;

import java.util.List;

/**
 * A checked filter: a column of the table, an operator and values already in the column's store
 * form (Long, Double, Boolean, String), never spliced into SQL.
 */
public record RowCondition(String column, Operator operator, List<Object> values) {

    public RowCondition {
        values = List.copyOf(values);
    }

    /** The filter operators and their SQL; {@code IN} takes one placeholder per value. */
    public enum Operator {
        EQ(" = ?"), NEQ(" <> ?"), GT(" > ?"), GTE(" >= ?"), LT(" < ?"), LTE(" <= ?"), IN(null),
        IS_NULL(" IS NULL"), NOT_NULL(" IS NOT NULL");

        private final String sql;

        Operator(String sql) {
            this.sql = sql;
        }

        String sql(int values) {
            return this == IN ? " IN (" + String.join(", ", java.util.Collections.nCopies(values, "?")) + ")" : sql;
        }
    }
}
