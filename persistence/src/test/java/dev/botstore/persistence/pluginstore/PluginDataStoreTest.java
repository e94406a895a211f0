package dev.botstore.persistence.pluginstore;

import dev.botstore.persistence.schema.TransientFailures;
import dev.botstore.persistence.support.TransientRetry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PluginDataStoreTest {

    private static final StoreKey GLOBAL = new StoreKey("alice.weather", "", "", "user_prefs:theme");

    @ParameterizedTest
    @EnumSource(DbType.class)
    void writeReadDeleteWithVersions(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            StoreRow first = inTransaction(db, store -> store.upsert(GLOBAL, "dark", now(), null));
            StoreRow second = inTransaction(db, store -> store.upsert(GLOBAL, "light 🌙", now(), null));

            assertEquals(1, first.version());
            assertEquals(2, second.version());
            assertEquals("light 🌙", inTransaction(db, store -> store.find(GLOBAL, now())).orElseThrow().dataValue());
            boolean deleted = inTransaction(db, store -> store.delete(GLOBAL, now(), null));
            boolean deletedAgain = inTransaction(db, store -> store.delete(GLOBAL, now(), null));
            assertTrue(deleted);
            assertFalse(deletedAgain, "deleting a missing key deletes nothing");
            assertTrue(inTransaction(db, store -> store.find(GLOBAL, now())).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void theFourScopesAndTheCaseOfKeysAreDistinct(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            List<StoreKey> keys = List.of(
                    new StoreKey("alice.weather", "", "", "k"),
                    new StoreKey("alice.weather", "group_1", "", "k"),
                    new StoreKey("alice.weather", "", "user_1", "k"),
                    new StoreKey("alice.weather", "group_1", "user_1", "k"),
                    new StoreKey("alice.weather", "", "", "K"));
            for (StoreKey key : keys) {
                inTransaction(db, store -> store.upsert(key, key.toString(), now(), null));
            }
            for (StoreKey key : keys) {
                StoreRow row = inTransaction(db, store -> store.find(key, now())).orElseThrow();
                assertEquals(key.toString(), row.dataValue());
                assertEquals(1, row.version());
            }
            assertEquals(5, countRows(db));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aOneMebibyteValueIsStoredWhole(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            String value = "é".repeat(512 * 1024); // 1 MiB of UTF-8
            inTransaction(db, store -> store.upsert(GLOBAL, value, now(), null));
            assertEquals(value, inTransaction(db, store -> store.find(GLOBAL, now())).orElseThrow().dataValue());
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void thirtyTwoConcurrentWritersOfOneKeyLeaveOneRow(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            int writers = 32;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<StoreRow>> results = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    String value = "v" + i;
                    results.add(pool.submit(() -> {
                        go.await();
                        return TransientRetry.onTransientFailure(TransientFailures.MAX_ATTEMPTS, () -> inTransaction(db, store -> store.upsert(GLOBAL, value, now(), null)));
                    }));
                }
                go.countDown();
                for (Future<StoreRow> result : results) {
                    result.get(); // every writer succeeded
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(1, countRows(db));
            assertEquals(writers, inTransaction(db, store -> store.find(GLOBAL, now())).orElseThrow().version());
        }
    }

    static TestDatabase synced(DbType type) throws Exception {
        return TestDatabase.synced(type);
    }

    /** Runs {@code work} on one connection in one transaction, committed when it returns. */
    static <T> T inTransaction(TestDatabase db, StoreCall<T> work) {
        try (Connection connection = db.connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(new PluginDataStore(connection, SqlDialect.of(db.type())));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** What a test does with the store. */
    interface StoreCall<T> {
        T apply(PluginDataStore store) throws SQLException;
    }

    static long countRows(TestDatabase db) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM plugin_data")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }
}
