package dev.botstore.facades.pluginstore;

import dev.botstore.api.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.error.PreconditionFailedException;
import dev.botstore.api.input.Paging;
import dev.botstore.api.pluginstore.BatchOperation;
import dev.botstore.api.pluginstore.BatchResult;
import dev.botstore.api.pluginstore.PluginStore;
import dev.botstore.api.pluginstore.PluginStoreRules;
import dev.botstore.api.pluginstore.Precondition;
import dev.botstore.api.pluginstore.ScopedEntry;
import dev.botstore.api.pluginstore.StoreEntry;
import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StorePage;
import dev.botstore.api.pluginstore.StoreScope;
import dev.botstore.api.pluginstore.StoreWrite;
import dev.botstore.api.pluginstore.WriteOptions;
import dev.botstore.facades.database.DatabaseGuard;
import dev.botstore.facades.support.RetriedTransactions;
import dev.botstore.facades.telemetry.OperatorMetrics;
import dev.botstore.facades.telemetry.OperatorMetrics.Outcome;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The plugin key-value store. Input is validated here, before any transaction; each operation then
 * runs in a transaction of its own (in {@link PluginStoreTransactions}) and is retried when the
 * database reports a transient conflict, such as MySQL's deadlock between concurrent upserts of one
 * new key: callers see success, never the conflict. Called inside a caller's transaction it joins
 * it, and retrying is the caller's part.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.PLUGIN})
@Interceptors(DatabaseGuard.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class PluginStoreFacade implements PluginStore {

    @EJB
    private PluginStoreTransactions transactions;

    @Inject
    private RetriedTransactions retried;

    @Inject
    private OperatorMetrics metrics;

    @Inject
    private ValueLimit valueLimit;

    @Override
    public Optional<StoreEntry> get(StoreKey key) {
        Optional<StoreEntry> entry = retrying(() -> transactions.get(key));
        metrics.keyValueOperation("get", entry.isPresent() ? Outcome.HIT : Outcome.MISS);
        return entry;
    }

    @Override
    public StoreWrite put(StoreKey key, String value, WriteOptions options) {
        checkValue("value", value);
        StoreWrite written = counted("put", () -> retrying(() -> transactions.put(key, value, options)));
        metrics.keyValueOperation("put", Outcome.WRITTEN);
        return written;
    }

    @Override
    public boolean delete(StoreKey key, Precondition precondition) {
        boolean deleted = counted("delete", () -> retrying(() -> transactions.delete(key, precondition)));
        metrics.keyValueOperation("delete", deleted ? Outcome.HIT : Outcome.MISS);
        return deleted;
    }

    @Override
    public StorePage list(StoreScope scope, String prefix, int limit, String cursor, boolean withValues) {
        String start = prefix == null ? "" : prefix;
        if (!start.isEmpty()) {
            PluginStoreRules.checkStoreKey(start);
        }
        Paging.limit(limit, MAX_PAGE);
        String after = cursor == null || cursor.isEmpty() ? null : StoreCursor.decode(cursor);
        return retrying(() -> transactions.list(scope, start, after, limit, withValues));
    }

    @Override
    public List<BatchResult> batch(StoreScope scope, List<BatchOperation> operations) {
        if (operations.size() > MAX_BATCH_OPERATIONS) {
            throw new InvalidInputException("operations", "a batch holds at most " + MAX_BATCH_OPERATIONS
                    + " operations; this one has " + operations.size());
        }
        for (int i = 0; i < operations.size(); i++) {
            check(scope, operations.get(i), i);
        }
        List<BatchResult> results = counted("batch", () -> retrying(() -> transactions.batch(scope, operations)));
        metrics.keyValueOperation("batch", Outcome.WRITTEN);
        return results;
    }

    @Override
    public long deleteEntries(String plugin, String chatKey, String userKey) {
        PluginStoreRules.checkPluginKey(plugin);
        if (chatKey == null && userKey == null) {
            throw new InvalidInputException("chat_key", "say whose entries to delete: chat_key, user_key or both"
                    + " (to remove everything of the plugin, delete the plugin itself)");
        }
        if (chatKey != null) {
            PluginStoreRules.checkScopeKey("chat_key", chatKey);
        }
        if (userKey != null) {
            PluginStoreRules.checkScopeKey("user_key", userKey);
        }
        return retrying(() -> transactions.deleteEntries(plugin, chatKey, userKey));
    }

    @RolesAllowed(Roles.ADMIN)
    @Override
    public long deleteChat(String chatKey) {
        if (chatKey == null || chatKey.isEmpty()) {
            throw new InvalidInputException("chat_key", "chat_key is required: the chat whose entries to delete");
        }
        PluginStoreRules.checkScopeKey("chat_key", chatKey);
        return retrying(() -> transactions.deleteChat(chatKey));
    }

    @RolesAllowed(Roles.ADMIN)
    @Override
    public List<ScopedEntry> entries(String plugin, int limit, int offset) {
        PluginStoreRules.checkPluginKey(plugin);
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "limit is " + limit + "; it must be between 1 and " + MAX_PAGE);
        }
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset is " + offset + "; it must be 0 or more");
        }
        return retrying(() -> transactions.entries(plugin, limit, offset));
    }

    @RolesAllowed(Roles.ADMIN)
    @Override
    public long deletePlugin(String plugin) {
        PluginStoreRules.checkPluginKey(plugin);
        return retrying(() -> transactions.deletePlugin(plugin));
    }

    @Override
    public long countEntries(String plugin) {
        PluginStoreRules.checkPluginKey(plugin);
        return retrying(() -> transactions.countEntries(plugin));
    }

    @Override
    public long maxValueBytes() {
        return valueLimit.bytes();
    }

    /** Everything about one batch operation that can be known before touching the database. */
    private void check(StoreScope scope, BatchOperation op, int index) {
        String field = "operations[" + index + "]";
        try {
            if (op == null || op.op() == null) {
                throw new InvalidInputException(field + ".op", "op is required: get, set or delete");
            }
            scope.key(op.key());
            if (op.op() == BatchOperation.Kind.SET) {
                if (op.value() == null) {
                    throw new InvalidInputException(field + ".value", "a set needs a value");
                }
                checkValue(field + ".value", op.value());
                new WriteOptions(op.ttlSeconds(), op.precondition());
            } else if (op.value() != null || op.ttlSeconds() != null) {
                throw new InvalidInputException(field, "value and ttl_seconds belong to a set only");
            }
        } catch (InvalidInputException e) {
            String detail = e.getMessage().startsWith(field) ? e.getMessage() : field + ": " + e.getMessage();
            throw new InvalidInputException(e.field().startsWith(field) ? e.field() : field + "." + e.field(),
                    detail + " (operation " + (index + 1) + " of the batch; nothing was written)");
        } catch (PayloadTooLargeException e) {
            throw new PayloadTooLargeException(field + ": " + e.getMessage(), e.limitBytes());
        }
    }

    private void checkValue(String field, String value) {
        long bytes = value.getBytes(StandardCharsets.UTF_8).length;
        long limit = valueLimit.bytes();
        if (bytes > limit) {
            throw new PayloadTooLargeException(field + " is " + bytes + " bytes; the key-value store takes at most "
                    + limit + " bytes per value. Store large or binary data in the plugin file area"
                    + " (/api/v1/plugins/{plugin}/files) instead", limit);
        }
    }

    /** Counts a refused precondition, the one failure operators care to see by kind. */
    private <T> T counted(String kind, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (PreconditionFailedException e) {
            metrics.keyValueOperation(kind, Outcome.PRECONDITION_FAILED);
            throw e;
        }
    }

    private <T> T retrying(Supplier<T> work) {
        return retried.run(work);
    }
}
