package dev.botstore.persistence.psychological;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Emotion profiles: the locked read finds the key's row, and a save inserts or updates it. */
class EmotionProfileStoreTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aSaveInsertsTheFirstTimeAndTheLockedReadFindsTheRowToUpdate(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            assertEquals(true, db.inTransaction(em -> new EmotionProfileStore(em).lock("u", "g")).isEmpty());
            db.inTransaction(em -> {
                EmotionProfile row = new EmotionProfile();
                row.setUserId("u");
                row.setGroupId("g");
                row.setEmpathyLevel(0.5);
                row.setLastUpdated(1.0);
                return new EmotionProfileStore(em).save(row, true);
            });
            db.inTransaction(em -> {
                EmotionProfileStore store = new EmotionProfileStore(em);
                EmotionProfile row = store.lock("u", "g").orElseThrow();
                row.setEmpathyLevel(0.9);
                return store.save(row, false);
            });
            assertEquals(0.9, db.inTransaction(em -> new EmotionProfileStore(em).find("u", "g")).orElseThrow()
                    .getEmpathyLevel());
            assertEquals(true, db.inTransaction(em -> new EmotionProfileStore(em).find("u", "other")).isEmpty());
        }
    }
}
