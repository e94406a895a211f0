package dev.botstore.persistence.pluginstore;

import dev.botstore.persistence.schema.TransientFailures;
import dev.botstore.persistence.support.TransientRetry;
import static dev.botstore.persistence.pluginstore.PluginDataStoreTest.countRows;
import static dev.botstore.persistence.pluginstore.PluginDataStoreTest.inTransaction;
import static dev.botstore.persistence.pluginstore.PluginDataStoreTest.now;
import static dev.botstore.persistence.pluginstore.PluginDataStoreTest.synced;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.api.pluginstore.StoreScope;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Expiry, conditional writes, listing and scope deletes of the key-value store, on each backend. */
class PluginDataConditionsTest {

    private static final StoreScope CHAT = new StoreScope("alice.weather", "group_1", "");
    private static final StoreKey KEY = CHAT.key("session:state");

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anEntryLivesItsWholeTimeToLiveEvenWhereTheDatabaseKeepsWholeSeconds(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            LocalDateTime written = LocalDateTime.of(2026, 12, 7, 12, 0, 0, 700_000_000);
            inTransaction(db, s -> s.upsert(KEY, "a", written, written.plusSeconds(1)));

            assertTrue(inTransaction(db, s -> s.find(KEY, written.plusNanos(400_000_000))).isPresent(),
                    "0.4 s into a 1 s time to live (past the whole second MySQL would cut it to)");
            assertTrue(inTransaction(db, s -> s.find(KEY, written.plusSeconds(2))).isEmpty(), "gone after 2 s");
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anExpiredEntryIsAbsentAtOnceComesBackAtVersionOneAndIsPurged(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            LocalDateTime t0 = now();
            inTransaction(db, s -> s.upsert(KEY, "a", t0, null));
            inTransaction(db, s -> s.upsert(KEY, "b", t0, t0.plusSeconds(1)));
            LocalDateTime later = t0.plusSeconds(2);

            assertTrue(inTransaction(db, s -> s.find(KEY, t0)).isPresent(), "alive before its time");
            assertTrue(inTransaction(db, s -> s.find(KEY, later)).isEmpty(), "absent once expired");
            assertTrue(inTransaction(db, s -> s.list(CHAT, "", null, 10, 0, later)).isEmpty(), "listing skips it");
            assertFalse((boolean) inTransaction(db, s -> s.delete(KEY, later, null)), "deleting it deletes nothing visible");

            StoreRow reborn = inTransaction(db, s -> s.upsert(KEY, "c", later, later.plusSeconds(1)));
            assertEquals(1, reborn.version(), "a write over an expired entry creates it anew");
            assertEquals(later.withNano(0), reborn.createTime().withNano(0));

            assertEquals(1, (int) inTransaction(db, s -> s.purgeExpired(later.plusSeconds(5))));
            assertEquals(0, countRows(db), "the purge removed the row");
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void createOnlySucceedsOnceAndTakesOverAnExpiredEntry(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            LocalDateTime t0 = now();
            assertTrue(inTransaction(db, s -> s.create(KEY, "first", t0, t0.plusSeconds(1))).isPresent());
            assertTrue(inTransaction(db, s -> s.create(KEY, "second", t0, null)).isEmpty(), "a live entry stays");
            assertEquals("first", inTransaction(db, s -> s.find(KEY, t0)).orElseThrow().dataValue());

            Optional<StoreRow> taken = inTransaction(db, s -> s.create(KEY, "third", t0.plusSeconds(2), null));
            assertEquals(1, taken.orElseThrow().version());
            assertEquals("third", taken.orElseThrow().dataValue());
            assertEquals(1, countRows(db));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void twoWritersWithTheSameVersionOnlyOneWins(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            inTransaction(db, s -> s.upsert(KEY, "v1", now(), null));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Optional<StoreRow>>> writers = new ArrayList<>();
                for (String value : List.of("left", "right")) {
                    writers.add(pool.submit(() -> {
                        go.await();
                        return TransientRetry.onTransientFailure(TransientFailures.MAX_ATTEMPTS, () -> inTransaction(db, s -> s.replace(KEY, value, now(), null, 1L)));
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Optional<StoreRow>> writer : writers) {
                    winners += writer.get().isPresent() ? 1 : 0;
                }
                assertEquals(1, winners);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(2, inTransaction(db, s -> s.find(KEY, now())).orElseThrow().version());
            assertTrue(inTransaction(db, s -> s.replace(KEY, "late", now(), null, 1L)).isEmpty(), "a stale version fails");
            assertFalse((boolean) inTransaction(db, s -> s.delete(KEY, now(), 1L)), "a stale version deletes nothing");
            assertTrue((boolean) inTransaction(db, s -> s.delete(KEY, now(), 2L)));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void listingPagesThroughOneScopeInCodePointOrderByPrefix(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            List<String> keys = List.of("a:1", "a:2", "a:10", "A:3", "a_b", "ab", "b:1", "a:é");
            for (String key : keys) {
                inTransaction(db, s -> s.upsert(CHAT.key(key), key, now(), null));
            }
            inTransaction(db, s -> s.upsert(new StoreKey("alice.weather", "", "", "a:other-scope"), "x", now(), null));

            List<String> all = names(inTransaction(db, s -> s.list(CHAT, "", null, 100, 0, now())));
            assertEquals(keys.stream().sorted().toList(), all);
            assertEquals(List.of("a:1", "a:10", "a:2", "a:é"), names(inTransaction(db, s -> s.list(CHAT, "a:", null, 100, 0, now()))));
            assertEquals(List.of("a:2", "a:é"), names(inTransaction(db, s -> s.list(CHAT, "a:", "a:10", 100, 0, now()))));
            assertEquals(List.of("A:3", "a:1"), names(inTransaction(db, s -> s.list(CHAT, "", null, 2, 0, now()))));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aPageWithValuesStopsAtTheValueBudgetAndAPageWithoutReadsNone(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            String[][] entries = {{"a", "éééé"}, {"b", "🌙🌙"}, {"c", "cccccc"}, {"d", "d"}};
            for (String[] entry : entries) {
                inTransaction(db, s -> s.upsert(CHAT.key(entry[0]), entry[1], now(), null));
            }
            // UTF-8 bytes before each value: 0, 8, 16, 22; the value that reaches the budget is the last
            assertEquals(List.of("a"), names(inTransaction(db, s -> s.list(CHAT, "", null, 100, 8, now()))));
            assertEquals(List.of("a", "b"), names(inTransaction(db, s -> s.list(CHAT, "", null, 100, 9, now()))));
            assertEquals(List.of("a", "b"), names(inTransaction(db, s -> s.list(CHAT, "", null, 100, 16, now()))));
            assertEquals(List.of("a", "b", "c"), names(inTransaction(db, s -> s.list(CHAT, "", null, 100, 17, now()))));
            assertEquals(List.of("c"), names(inTransaction(db, s -> s.list(CHAT, "", "b", 100, 1, now()))));
            assertEquals(List.of("a", "b"), names(inTransaction(db, s -> s.list(CHAT, "", null, 2, 1000, now()))));
            List<StoreRow> all = inTransaction(db, s -> s.list(CHAT, "", null, 100, 1000, now()));
            assertEquals(List.of("éééé", "🌙🌙", "cccccc", "d"), all.stream().map(StoreRow::dataValue).toList());
            List<StoreRow> keysOnly = inTransaction(db, s -> s.list(CHAT, "", null, 100, 0, now()));
            assertEquals(List.of("", "", "", ""), keysOnly.stream().map(StoreRow::dataValue).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void deletingAChatOrAUserTakesEveryScopeOfItAndNothingElse(DbType type) throws Exception {
        try (TestDatabase db = synced(type)) {
            String[][] scopes = {{"", ""}, {"g1", ""}, {"g1", "u1"}, {"", "u1"}, {"g2", "u1"}, {"g2", ""}};
            for (String[] scope : scopes) {
                inTransaction(db, s -> s.upsert(new StoreKey("alice.weather", scope[0], scope[1], "k"), "v", now(), null));
            }
            inTransaction(db, s -> s.upsert(new StoreKey("bob.notes", "g1", "", "k"), "v", now(), null));

            assertEquals(2, (int) inTransaction(db, s -> s.deleteEntries("alice.weather", "g1", null)));
            assertEquals(2, (int) inTransaction(db, s -> s.deleteEntries("alice.weather", null, "u1")));
            assertEquals(3, countRows(db), "plugin-wide, g2 and the other plugin's row remain");
            assertEquals(2L, (long) inTransaction(db, s -> s.countLive("alice.weather", now())));
            assertEquals(2, (int) inTransaction(db, s -> s.deletePlugin("alice.weather")));
            assertEquals(1, countRows(db));
        }
    }

    private static List<String> names(List<StoreRow> rows) {
        return rows.stream().map(StoreRow::dataKey).toList();
    }
}
