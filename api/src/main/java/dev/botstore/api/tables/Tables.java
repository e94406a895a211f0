package dev.botstore.api.tables;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * The rows API: typed reads and writes on every table of the original, for the writes the
 * original makes through its own repositories rather than its manager (learning batches, memories,
 * the knowledge graph, ...). Tables, columns and their types come from the entity model only.
 * Rows are JSON objects keyed by column name; a column's JSON type follows its {@link ColumnInfo#type()}.
 */
public interface Tables {

    int DEFAULT_LIMIT = 100;
    int MAX_LIMIT = 1000;
    /** Rows of one insert or upsert request, written in one transaction. */
    int MAX_ROWS = 1000;
    /** Values of one {@code in} filter. */
    int MAX_IN_VALUES = 100;

    /** Every table with its columns, keys and indexes, parents before the tables that reference them. */
    List<TableInfo> tables();

    /** A page of rows matching the filters, in keyset order. */
    RowPage rows(String table, RowQuery query);

    /** One row by its primary key; 404 when absent. */
    JsonObject row(String table, String id);

    /** Inserts all rows or none; the primary keys in input order. */
    List<JsonValue> insert(String table, List<JsonObject> rows);

    /**
     * Inserts each row or, where a row with the same values of the unique key {@code uniqueKey}
     * exists, updates that row's sent columns: one atomic statement per row, all rows in one
     * transaction. The primary keys in input order.
     */
    List<JsonValue> upsert(String table, String uniqueKey, List<JsonObject> rows);

    /** Changes exactly the sent columns; the row as it is afterwards. */
    JsonObject patch(String table, String id, JsonObject changes);

    /** Deletes one row; 404 when absent, 409 when other rows still reference it. */
    void delete(String table, String id);
}
