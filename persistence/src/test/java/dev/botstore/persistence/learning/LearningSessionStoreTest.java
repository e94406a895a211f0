package dev.botstore.persistence.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The session upsert: one row per session id, however many first reports race, and partial updates. */
class LearningSessionStoreTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void concurrentFirstReportsMakeOneRowAndLaterOnesChangeOnlyWhatTheyGive(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            int writers = 12;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            try {
                List<Future<Object>> done = new ArrayList<>();
                for (int i = 0; i < writers; i++) {
                    int count = i;
                    Callable<Object> write = () -> db.inTransaction(em -> {
                        new LearningSessionStore(em).upsert("s-1", insert("g", 1_700_000_000.0, count),
                                Map.of("message_count", count));
                        return null;
                    });
                    done.add(pool.submit(write));
                }
                for (Future<Object> f : done) {
                    f.get();
                }
            } finally {
                pool.shutdownNow();
            }
            db.inTransaction(em -> {
                new LearningSessionStore(em).upsert("s-1", insert("other", 1.0, 99),
                        new HashMap<>(Map.of("status", "completed", "end_time", 1_700_000_600.0)));
                return null;
            });
            List<LearningSession> rows = db.inTransaction(em -> em.createQuery(
                    "SELECT s FROM LearningSession s", LearningSession.class).getResultList());
            assertEquals(1, rows.size());
            LearningSession row = rows.get(0);
            assertEquals("g", row.getGroupId());
            assertEquals(1_700_000_000.0, row.getStartTime());
            assertEquals("completed", row.getStatus());
            assertEquals(1_700_000_600.0, row.getEndTime());
            assertEquals(true, row.getMessageCount() >= 0 && row.getMessageCount() < writers, "a reported count kept");
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anUpdateWithoutTheGroupChangesAnExistingSessionAndTellsWhenThereIsNone(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            db.inTransaction(em -> {
                new LearningSessionStore(em).upsert("s-2", insert("g", 1_700_000_000.0, 0), Map.of());
                return null;
            });
            Map<String, Object> ended = new HashMap<>();
            ended.put("status", "completed");
            ended.put("end_time", 1_700_000_600.5);
            ended.put("message_count", null);
            assertEquals(true, db.inTransaction(em -> new LearningSessionStore(em).update("s-2", ended)));
            assertEquals(true, db.inTransaction(em -> new LearningSessionStore(em).update("s-2", Map.of())),
                    "nothing to change, but the session is there");
            assertEquals(false, db.inTransaction(em -> new LearningSessionStore(em).update("s-none", ended)));
            LearningSession row = db.inTransaction(em -> em.createQuery("SELECT s FROM LearningSession s",
                    LearningSession.class).getSingleResult());
            assertEquals("completed", row.getStatus());
            assertEquals(1_700_000_600.5, row.getEndTime());
            assertEquals(0, row.getMessageCount(), "not given, kept");
        }
    }

    private static Map<String, Object> insert(String group, double start, int count) {
        Map<String, Object> row = new HashMap<>();
        row.put("group_id", group);
        row.put("start_time", start);
        row.put("message_count", count);
        row.put("status", "active");
        row.put("batch_id", null);
        row.put("created_at", Timestamp.valueOf(LocalDateTime.now()));
        return row;
    }
}
