package dev.botstore.persistence.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keys and the audit trail live in tables of Botstore's own, created by the schema sync on every backend. */
class SecurityStoreTest {

    private static final String HASH = "a".repeat(64);
    private static final LocalDateTime CREATED = LocalDateTime.of(2026, 12, 7, 10, 0);

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aKeyIsFoundByItsHashOnlyAndTwoKeysCannotShareAHash(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            long id = addKey(db);

            ApiKey found = db.inTransaction(em -> new SecurityStore(em).keyByHash(HASH).orElseThrow());
            assertEquals(id, found.getId());
            assertEquals("bot", found.getRole());
            boolean unknown = db.inTransaction(em -> new SecurityStore(em).keyByHash("b".repeat(64)).isEmpty());
            assertTrue(unknown);
            assertEquals(1L, (long) db.inTransaction(em -> new SecurityStore(em).keyCount()));

            assertThrows(RuntimeException.class, () -> db.inTransaction(em -> new SecurityStore(em)
                    .add(new ApiKey("copy", "admin", null, HASH, "bst_abcd", CREATED))));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aUseIsNotedWhenNoneIsNotedSinceTheGivenTimeOnly(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            long id = addKey(db);
            LocalDateTime first = CREATED.plusMinutes(5);

            boolean noted = db.inTransaction(em -> new SecurityStore(em).noteUse(id, first, first.minusMinutes(1)));
            LocalDateTime soon = first.plusSeconds(30);
            boolean again = db.inTransaction(em -> new SecurityStore(em).noteUse(id, soon, soon.minusMinutes(1)));
            assertTrue(noted);
            assertFalse(again, "a use within the minute is not written again");
            assertEquals(first, db.inTransaction(em -> new SecurityStore(em).key(id).orElseThrow().getLastUsedAt()));

            LocalDateTime later = first.plusMinutes(2);
            boolean laterNoted = db.inTransaction(em -> new SecurityStore(em).noteUse(id, later, later.minusMinutes(1)));
            assertTrue(laterNoted);
            assertEquals(later, db.inTransaction(em -> new SecurityStore(em).key(id).orElseThrow().getLastUsedAt()));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void theAuditTrailPagesNewestFirst(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            for (int i = 0; i < 5; i++) {
                String operation = "op-" + i;
                db.inTransaction(em -> new SecurityStore(em).add(new AuditRecord(LocalDateTime.now(), 1, "admin",
                        operation, null, "{\"deleted\":3}")));
            }
            List<AuditRecord> first = db.inTransaction(em -> new SecurityStore(em).audit(null, 3));
            assertEquals(List.of("op-4", "op-3", "op-2"), first.stream().map(AuditRecord::getOperation).toList());
            List<AuditRecord> rest = db.inTransaction(em -> new SecurityStore(em).audit(first.get(2).getId(), 3));
            assertEquals(List.of("op-1", "op-0"), rest.stream().map(AuditRecord::getOperation).toList());
        }
    }

    private static long addKey(TestDatabase db) {
        return db.inTransaction(em -> new SecurityStore(em).add(new ApiKey("bot-1", "bot", null, HASH, "bst_abcd",
                CREATED)).getId());
    }
}
