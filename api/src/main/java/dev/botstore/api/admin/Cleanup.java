package dev.botstore.api.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A clean-up of all categories (the original's {@code clear_all_plugin_data}): each category in its
 * own transaction, in the original's order.
 *
 * @param success true only when every category succeeded
 * @param deleted the sum of the categories' deleted rows
 * @param details each category's result, by key
 */
public record Cleanup(boolean success, long deleted, Map<String, CategoryCleanup> details) {

    public Cleanup {
        details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }
}
