package dev.botstore.api.pluginstore;

import java.util.Optional;

/**
 * The plugin key-value store (Nekro Agent's plugin store model). The same operations serve REST
 * callers and code inside the application.
 *
 * <p>Semantics kept from the original plugin API: a write always succeeds (any number of
 * concurrent writers of one key leave one row), reading a missing key is "absent" rather than an
 * error, and deleting a missing key reports that nothing was deleted.
 */
public interface PluginStore {

    Optional<StoreEntry> get(StoreKey key);

    /**
     * Writes {@code value}, creating the entry or replacing its value.
     *
     * @throws dev.botstore.api.error.PayloadTooLargeException if the value is above the limit
     */
    StoreWrite put(StoreKey key, String value);

    /** @return true if an entry was deleted, false if there was none */
    boolean delete(StoreKey key);

    /** The largest value accepted, in UTF-8 bytes. */
    long maxValueBytes();
}
