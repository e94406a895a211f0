package dev.botstore.facades.pluginstore;

import dev.botstore.api.pluginstore.StoreEntry;
import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StoreWrite;
import dev.botstore.persistence.pluginstore.PluginData;
import dev.botstore.persistence.pluginstore.PluginDataStore;
import dev.botstore.facades.schema.Databases;
import jakarta.ejb.EJB;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** One container-managed transaction per store operation; {@link PluginStoreFacade} retries around it. */
@Stateless
@LocalBean
public class PluginStoreTransactions {

    @EJB
    private Databases databases;

    public Optional<StoreEntry> get(StoreKey key) {
        return store().find(key).map(PluginStoreTransactions::toEntry);
    }

    public StoreWrite put(StoreKey key, String value) {
        PluginData row = store().upsert(key, value, LocalDateTime.now(ZoneOffset.UTC));
        return new StoreWrite(toEntry(row), row.getVersion() == 1);
    }

    public boolean delete(StoreKey key) {
        return store().delete(key);
    }

    private PluginDataStore store() {
        return new PluginDataStore(databases.entityManager());
    }

    private static StoreEntry toEntry(PluginData row) {
        return new StoreEntry(row.getDataKey(), row.getDataValue(), row.getVersion(),
                row.getCreateTime().toInstant(ZoneOffset.UTC), row.getUpdateTime().toInstant(ZoneOffset.UTC));
    }
}
