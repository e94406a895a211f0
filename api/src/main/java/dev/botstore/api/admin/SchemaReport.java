package dev.botstore.api.admin;

import java.time.Instant;
import java.util.List;

/**
 * What the last schema sync did. An empty {@code actions} list and no warnings mean the database
 * already matched the model: {@link #upToDate()}.
 */
public record SchemaReport(String backend, String database, String schema, Instant startedAt, Instant finishedAt,
                           List<SchemaAction> actions, List<SchemaWarning> warnings) {

    public SchemaReport {
        actions = List.copyOf(actions);
        warnings = List.copyOf(warnings);
    }

    public boolean upToDate() {
        return actions.isEmpty() && warnings.isEmpty();
    }
}
