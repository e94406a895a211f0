package dev.botstore.api.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an import loaded, in one transaction.
 *
 * @param merged   whether the import was asked to merge into existing rows
 * @param lines    records read
 * @param inserted rows inserted
 * @param skipped  rows left out because a row with the same key already existed (merge only)
 * @param tables   per table: rows inserted and skipped
 */
public record ImportResult(boolean merged, long lines, long inserted, long skipped, Map<String, TableImport> tables) {

    public ImportResult {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public record TableImport(long inserted, long skipped) {
    }
}
