package dev.botstore.api.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What clearing one category did, in its one transaction.
 *
 * @param category    the category key ({@code messages}, ..., or {@code collected_messages})
 * @param success     true when every table was cleared and the transaction committed
 * @param deleted     rows deleted in all its tables (0 when it failed: the transaction was rolled back)
 * @param tables      rows deleted per table, in deletion order (empty when it failed)
 * @param failedTable the table whose DELETE failed, null on success
 * @param error       the database's reason, null on success
 */
public record CategoryCleanup(String category, boolean success, long deleted, Map<String, Long> tables,
                              String failedTable, String error) {

    public CategoryCleanup {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }
}
