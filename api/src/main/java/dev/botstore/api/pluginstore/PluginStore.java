package dev.botstore.api.pluginstore;

import java.util.List;
import java.util.Optional;

/**
 * The plugin key-value store (Nekro Agent's plugin store model). The same operations serve REST
 * callers and code inside the application.
 *
 * <p>Semantics kept from the original plugin API: a write always succeeds (any number of
 * concurrent writers of one key leave one row), reading a missing key is "absent" rather than an
 * error, and deleting a missing key reports that nothing was deleted. Added here: versions,
 * conditional writes, expiry, listing and batches. An expired entry is absent at once, and its row
 * is purged in the background.
 */
public interface PluginStore {

    /** The largest number of operations in one {@link #batch}. */
    int MAX_BATCH_OPERATIONS = 100;

    /** The largest page of {@link #list}. */
    int MAX_PAGE = 1000;

    /**
     * The bytes of values (UTF-8) after which a page of {@link #list} with values stops early (the
     * value that reaches it is the page's last): a page holds at most this plus one value, so a
     * listing of large values never has to be held in memory whole.
     */
    long PAGE_VALUE_BYTES = 2L * 1024 * 1024;

    Optional<StoreEntry> get(StoreKey key);

    /** Writes {@code value} unconditionally and without expiry. */
    default StoreWrite put(StoreKey key, String value) {
        return put(key, value, WriteOptions.NONE);
    }

    /**
     * Writes {@code value}, creating the entry or replacing its value.
     *
     * @throws dev.botstore.api.error.PayloadTooLargeException if the value is above the limit
     * @throws dev.botstore.api.error.PreconditionFailedException if the precondition does not hold
     */
    StoreWrite put(StoreKey key, String value, WriteOptions options);

    /** @return true if an entry was deleted, false if there was none */
    default boolean delete(StoreKey key) {
        return delete(key, Precondition.NONE);
    }

    /**
     * Deletes the entry if the precondition holds.
     *
     * @return true if an entry was deleted, false if there was none (only without a precondition)
     * @throws dev.botstore.api.error.PreconditionFailedException if the precondition does not hold
     */
    boolean delete(StoreKey key, Precondition precondition);

    /**
     * Keys of one scope that start with {@code prefix}, in key order (Unicode code points), after
     * {@code cursor} (null for the first page). With values, a page ends early after
     * {@link #PAGE_VALUE_BYTES} bytes of values, and has a cursor then.
     *
     * @param limit 1 to {@link #MAX_PAGE}
     */
    StorePage list(StoreScope scope, String prefix, int limit, String cursor, boolean withValues);

    /**
     * Runs up to {@link #MAX_BATCH_OPERATIONS} operations in one transaction, in order. An invalid
     * operation or a failed precondition rejects the whole batch and writes nothing; the exception
     * names the operation's index.
     */
    List<BatchResult> batch(StoreScope scope, List<BatchOperation> operations);

    /**
     * Deletes every entry of one chat and/or one user of a plugin, in any other scope part: a null
     * {@code chatKey} or {@code userKey} matches any; at least one must be given.
     *
     * @return the number of entries deleted
     */
    long deleteEntries(String plugin, String chatKey, String userKey);

    /**
     * Deletes every entry of one chat in every plugin, whatever its user: the channel reset of
     * Nekro Agent's web UI.
     *
     * @return the number of entries deleted
     */
    long deleteChat(String chatKey);

    /**
     * The live entries of a plugin in every scope, ordered by chat, user and key (code points).
     *
     * @param limit 1 to {@link #MAX_PAGE}
     */
    List<ScopedEntry> entries(String plugin, int limit, int offset);

    /**
     * Deletes every entry of a plugin, in every scope (expired ones too); returns how many. Its file
     * area is not touched.
     */
    long deletePlugin(String plugin);

    /** The number of live entries of a plugin, in every scope. */
    long countEntries(String plugin);

    /** The largest value accepted, in UTF-8 bytes. */
    long maxValueBytes();
}
