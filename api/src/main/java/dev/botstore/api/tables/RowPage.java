package dev.botstore.api.tables;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * A page of rows.
 *
 * @param next  the cursor of the following page, null on the last page
 * @param total every row matching the filters, when asked for
 */
public record RowPage(List<JsonObject> rows, String next, Long total) {

    public RowPage {
        rows = List.copyOf(rows);
    }
}
