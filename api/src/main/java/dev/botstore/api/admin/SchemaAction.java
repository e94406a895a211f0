package dev.botstore.api.admin;

/**
 * One change the schema sync made.
 *
 * @param kind      create_table, add_column, widen_column, add_constraint, add_foreign_key, create_index or fix_up
 * @param table     the table concerned
 * @param name      the column, index or fix-up name (the table name for create_table)
 * @param statement the SQL that was run
 */
public record SchemaAction(String kind, String table, String name, String statement) {
}
