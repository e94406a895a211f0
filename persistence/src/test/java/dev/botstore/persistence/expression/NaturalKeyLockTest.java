package dev.botstore.persistence.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.schema.TransientFailures;
import dev.botstore.persistence.support.TestDatabase;
import dev.botstore.persistence.support.TransientRetry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Writers of one style profile name, each in its own transaction as separate servers would be,
 * read-then-write under the lock: one row results and no update is lost.
 */
class NaturalKeyLockTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void concurrentUpsertsOfOneUnkeyedNameLeaveOneRowAndLoseNoUpdate(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            int writers = 12;
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    results.add(pool.submit(() -> {
                        go.await();
                        return upsertCountingOne(db, "shared");
                    }));
                }
                go.countDown();
                int created = 0;
                for (Future<Boolean> result : results) {
                    created += result.get() ? 1 : 0;
                }
                assertEquals(1, created);
            } finally {
                pool.shutdownNow();
            }
            List<StyleProfile> rows = db.inTransaction(em -> em.createQuery(
                    "SELECT s FROM StyleProfile s WHERE s.profileName = 'shared'", StyleProfile.class).getResultList());
            assertEquals(1, rows.size());
            assertEquals(writers, rows.get(0).getVocabularyRichness(), "every writer's increment is there");
        }
    }

    /** Creates the profile at 1 or adds 1; true when it created. Retried like the facade retries. */
    private static boolean upsertCountingOne(TestDatabase db, String name) throws Exception {
        return TransientRetry.onTransientFailure(TransientFailures.MAX_ATTEMPTS * 4, () -> db.inTransaction(em -> {
                    List<Integer> ids = NaturalKeyLock.lockAndFind(em, "style_profiles", List.of("profile_name"),
                            List.of(name));
                    if (ids.isEmpty()) {
                        StyleProfile row = new StyleProfile();
                        row.setProfileName(name);
                        row.setVocabularyRichness(1.0);
                        em.persist(row);
                        return true;
                    }
                    StyleProfile row = em.find(StyleProfile.class, ids.get(0));
                    row.setVocabularyRichness(row.getVocabularyRichness() + 1);
                    return false;
                }));
    }
}
