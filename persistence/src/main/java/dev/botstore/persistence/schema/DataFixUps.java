package dev.botstore.persistence.schema;

import dev.botstore.persistence.jargon.JargonDuplicates;
import dev.botstore.persistence.pluginstore.PluginDataDuplicates;
import java.util.List;

/** Every data fix-up the schema sync knows, each tied to the unique index it prepares. */
final class DataFixUps {

    static final List<DataFixUp> ALL = List.of(new PluginDataDuplicates(), new JargonDuplicates());

    private DataFixUps() {
    }
}
