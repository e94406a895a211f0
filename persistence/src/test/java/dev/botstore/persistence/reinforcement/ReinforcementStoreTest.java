package dev.botstore.persistence.reinforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reinforcement histories: one group's page, newest first and, at equal times, newest id first. */
class ReinforcementStoreTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aGroupsPageIsNewestFirstWithTheNewerIdFirstAtEqualTimes(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            int id = db.inTransaction(em -> {
                ReinforcementStore store = new ReinforcementStore(em);
                store.insert(fusion("g", 10, 1));
                store.insert(fusion("g", 20, 2));
                store.insert(fusion("other", 30, 3));
                return store.insert(fusion("g", 20, 4)).getId();
            });
            assertEquals(List.of(4L, 2L, 1L), hashes(db, 10, 0));
            assertEquals(List.of(2L), hashes(db, 1, 1));
            assertEquals(4L, db.inTransaction(em -> new ReinforcementStore(em).find(PersonaFusionHistory.class, id))
                    .orElseThrow().getBasePersonaHash());
        }
    }

    private static List<Long> hashes(TestDatabase db, int limit, int offset) {
        return db.inTransaction(em -> new ReinforcementStore(em).page(PersonaFusionHistory.class, "g", limit, offset))
                .stream().map(PersonaFusionHistory::getBasePersonaHash).toList();
    }

    private static PersonaFusionHistory fusion(String group, double at, long hash) {
        PersonaFusionHistory row = new PersonaFusionHistory();
        row.setGroupId(group);
        row.setTimestamp(at);
        row.setBasePersonaHash(hash);
        return row;
    }
}
