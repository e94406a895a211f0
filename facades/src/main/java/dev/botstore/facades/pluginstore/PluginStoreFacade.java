package dev.botstore.facades.pluginstore;

import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.pluginstore.PluginStore;
import dev.botstore.api.pluginstore.StoreEntry;
import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StoreWrite;
import dev.botstore.facades.config.Settings;
import dev.botstore.facades.schema.DatabaseGuard;
import dev.botstore.persistence.schema.TransientFailures;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.interceptor.Interceptors;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plugin key-value store. Each operation runs in a transaction of its own (in
 * {@link PluginStoreTransactions}) and is retried when the database reports a transient conflict,
 * such as MySQL's deadlock between concurrent upserts of one new key: callers see success, never
 * the conflict. Called inside a caller's transaction it joins it, and retrying is the caller's part.
 */
@Stateless
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PluginStoreFacade implements PluginStore {

    static final long DEFAULT_MAX_VALUE_BYTES = 1024 * 1024;

    @EJB
    private PluginStoreTransactions transactions;

    @Resource
    private TransactionSynchronizationRegistry registry;

    @Override
    public Optional<StoreEntry> get(StoreKey key) {
        return retrying(() -> transactions.get(key));
    }

    @Override
    public StoreWrite put(StoreKey key, String value) {
        long bytes = value.getBytes(StandardCharsets.UTF_8).length;
        long limit = maxValueBytes();
        if (bytes > limit) {
            throw new PayloadTooLargeException("the value is " + bytes + " bytes; the key-value store takes at most "
                    + limit + " bytes per value. Store large or binary data in the plugin file area"
                    + " (/api/v1/plugins/{plugin}/files) instead", limit);
        }
        return retrying(() -> transactions.put(key, value));
    }

    @Override
    public boolean delete(StoreKey key) {
        return retrying(() -> transactions.delete(key));
    }

    @Override
    public long maxValueBytes() {
        return Settings.getLong("plugin_store_max_value_bytes", DEFAULT_MAX_VALUE_BYTES);
    }

    private <T> T retrying(Supplier<T> work) {
        if (registry.getTransactionKey() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= TransientFailures.MAX_ATTEMPTS || !TransientFailures.isTransient(e)) {
                    throw e;
                }
                pause(TransientFailures.backoffMillis(attempt));
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying", e);
        }
    }
}
