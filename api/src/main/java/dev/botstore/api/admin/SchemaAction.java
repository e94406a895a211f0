package dev.botstore.api.admin;

/**
 * One change the schema sync made.
 *
 * @param kind      create_table, add_column, create_index or fixup
 * @param table     the table concerned
 * @param name      the column, index or fix-up name (the table name for create_table)
 * @param statement the SQL that was run
 */
public record SchemaAction(String kind, String table, String name, String statement) {
}
