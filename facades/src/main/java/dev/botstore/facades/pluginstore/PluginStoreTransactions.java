package dev.botstore.facades.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PreconditionFailedException;
import dev.botstore.api.pluginstore.BatchOperation;
import dev.botstore.api.pluginstore.BatchResult;
import dev.botstore.api.pluginstore.PluginStore;
import dev.botstore.api.pluginstore.Precondition;
import dev.botstore.api.pluginstore.ScopedEntry;
import dev.botstore.api.pluginstore.StoreEntry;
import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StorePage;
import dev.botstore.api.pluginstore.StoreScope;
import dev.botstore.api.pluginstore.StoreWrite;
import dev.botstore.api.pluginstore.WriteOptions;
import dev.botstore.facades.database.DatabaseInUse;
import dev.botstore.facades.database.Databases;
import dev.botstore.persistence.pluginstore.PluginDataStore;
import dev.botstore.persistence.pluginstore.StoreRow;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The store's operations, each in a container-managed transaction where it needs one: a batch is
 * one (a failed precondition rolls it back, so a batch writes all or nothing), and so are the bulk
 * deletes. A read is one SELECT and a single write one statement; these run without a transaction
 * of their own and join the caller's, if any. {@link PluginStoreFacade} validates before and
 * retries around each.
 *
 * <p>Each operation takes a connection of the datasource in use for its statements; inside a
 * transaction the container hands every user of that datasource the same one.
 */
@Stateless
@LocalBean
public class PluginStoreTransactions {

    @Inject
    private DatabaseInUse inUse;

    @Resource
    private SessionContext context;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<StoreEntry> get(StoreKey key) {
        return withStore(store -> store.find(key, now()).map(PluginStoreTransactions::toEntry));
    }

    /**
     * A write is one statement that commits by itself, except on MySQL, which reads the written row
     * again and so writes in a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StoreWrite put(StoreKey key, String value, WriteOptions options) {
        Databases.InUse database = inUse.get();
        if (!database.dialect().returnsWrittenRows()) {
            return context.getBusinessObject(PluginStoreTransactions.class).putAndReadBack(key, value, options);
        }
        return withStore(database, store -> put(store, now(), key, value, options, ""));
    }

    public StoreWrite putAndReadBack(StoreKey key, String value, WriteOptions options) {
        return withStore(store -> put(store, now(), key, value, options, ""));
    }

    /** One statement on every backend. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean delete(StoreKey key, Precondition precondition) {
        return withStore(store -> delete(store, now(), key, precondition, ""));
    }

    /**
     * One page. {@code limit + 1} rows are read so that whether another page follows is known; a
     * page that the value budget cut short hands back its cursor as well (the next page may then
     * turn out empty).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public StorePage list(StoreScope scope, String prefix, String afterKey, int limit, boolean withValues) {
        long budget = withValues ? PluginStore.PAGE_VALUE_BYTES : 0;
        List<StoreEntry> entries = new ArrayList<>();
        long bytes = 0;
        for (StoreRow row : withStore(store -> store.list(scope, prefix, afterKey, limit + 1, budget, now()))) {
            StoreEntry entry = toEntry(row);
            bytes += row.dataValue().getBytes(StandardCharsets.UTF_8).length;
            entries.add(withValues ? entry : new StoreEntry(entry.key(), null, entry.version(), entry.createdAt(),
                    entry.updatedAt(), entry.expiresAt()));
        }
        if (entries.size() > limit) {
            entries = entries.subList(0, limit);
        } else if (!withValues || bytes < budget || entries.isEmpty()) {
            return new StorePage(entries, null);
        }
        return new StorePage(List.copyOf(entries), StoreCursor.encode(entries.get(entries.size() - 1).key()));
    }

    /** All or nothing: a failed condition rolls back what the earlier operations wrote. */
    public List<BatchResult> batch(StoreScope scope, List<BatchOperation> operations) {
        try {
            return withStore(store -> runBatch(store, scope, operations));
        } catch (PreconditionFailedException e) {
            context.setRollbackOnly(); // this exception alone does not roll back, see ejb-jar.xml
            throw e;
        }
    }

    private List<BatchResult> runBatch(PluginDataStore store, StoreScope scope, List<BatchOperation> operations)
            throws SQLException {
        LocalDateTime now = now();
        List<BatchResult> results = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            BatchOperation op = operations.get(i);
            StoreKey key = scope.key(op.key());
            String where = "operations[" + i + "] (" + op.op().name().toLowerCase(java.util.Locale.ROOT) + " '" + op.key() + "'): ";
            results.add(switch (op.op()) {
                case GET -> store.find(key, now).map(row -> new BatchResult(200, row.dataValue(), row.version()))
                        .orElse(new BatchResult(404, null, null));
                case SET -> {
                    StoreWrite write = put(store, now, key, op.value(),
                            new WriteOptions(op.ttlSeconds(), op.precondition()), where);
                    yield new BatchResult(write.created() ? 201 : 200, null, write.entry().version());
                }
                case DELETE -> new BatchResult(delete(store, now, key, op.precondition(), where) ? 204 : 404,
                        null, null);
            });
        }
        return results;
    }

    public long deleteEntries(String plugin, String chatKey, String userKey) {
        return withStore(store -> store.deleteEntries(plugin, chatKey, userKey));
    }

    public long deleteChat(String chatKey) {
        return withStore(store -> store.deleteChat(chatKey));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ScopedEntry> entries(String plugin, int limit, int offset) {
        return withStore(store -> store.entries(plugin, limit, offset, now())).stream()
                .map(row -> {
                    StoreEntry entry = toEntry(row);
                    return new ScopedEntry(row.chatKey(), row.userKey(), entry.key(), entry.value(),
                            entry.version(), entry.createdAt(), entry.updatedAt(), entry.expiresAt());
                }).toList();
    }

    public long deletePlugin(String plugin) {
        return withStore(store -> store.deletePlugin(plugin));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countEntries(String plugin) {
        return withStore(store -> store.countLive(plugin, now()));
    }

    public int purgeExpired() {
        return withStore(store -> store.purgeExpired(now()));
    }

    private static StoreWrite put(PluginDataStore store, LocalDateTime now, StoreKey key, String value,
                                  WriteOptions options, String where) throws SQLException {
        LocalDateTime expires = options.ttlSeconds() == null ? null : now.plusSeconds(options.ttlSeconds());
        Precondition condition = options.precondition();
        StoreRow row = switch (condition.kind()) {
            case NONE -> store.upsert(key, value, now, expires);
            case ABSENT -> store.create(key, value, now, expires).orElseThrow(() -> failed(where, key, condition));
            case EXISTS -> store.replace(key, value, now, expires, null).orElseThrow(() -> failed(where, key, condition));
            case VERSION -> store.replace(key, value, now, expires, condition.version())
                    .orElseThrow(() -> failed(where, key, condition));
        };
        return new StoreWrite(toEntry(row), row.version() == 1);
    }

    private static boolean delete(PluginDataStore store, LocalDateTime now, StoreKey key, Precondition condition,
                                  String where) throws SQLException {
        return switch (condition.kind()) {
            case NONE -> store.delete(key, now, null);
            case ABSENT -> throw new InvalidInputException("if_none_match",
                    where + "If-None-Match: * makes no sense for a delete; use If-Match");
            case EXISTS, VERSION -> {
                if (!store.delete(key, now, condition.kind() == Precondition.Kind.VERSION ? condition.version() : null)) {
                    throw failed(where, key, condition);
                }
                yield true;
            }
        };
    }

    private static PreconditionFailedException failed(String where, StoreKey key, Precondition condition) {
        return new PreconditionFailedException(where + "precondition failed for key '" + key.key() + "': "
                + condition.describe() + "; nothing was written");
    }

    /** The statements the store runs on one connection; a database failure leaves as an unchecked exception. */
    private <T> T withStore(StoreWork<T> work) {
        return withStore(inUse.get(), work);
    }

    private static <T> T withStore(Databases.InUse database, StoreWork<T> work) {
        try (Connection connection = database.dataSource().getConnection()) {
            return work.run(new PluginDataStore(connection, database.dialect()));
        } catch (SQLException e) {
            throw new IllegalStateException("the key-value store's database failed: " + e.getMessage(), e);
        }
    }

    /** Work of one operation on the store. */
    private interface StoreWork<T> {
        T run(PluginDataStore store) throws SQLException;
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static StoreEntry toEntry(StoreRow row) {
        return new StoreEntry(row.dataKey(), row.dataValue(), row.version(),
                row.createTime().toInstant(ZoneOffset.UTC), row.updateTime().toInstant(ZoneOffset.UTC),
                row.expireTime() == null ? null : row.expireTime().toInstant(ZoneOffset.UTC));
    }
}
