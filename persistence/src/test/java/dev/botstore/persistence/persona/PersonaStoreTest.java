package dev.botstore.persistence.persona;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Persona backups: newest first within a group or over all, and found only in their own group. */
class PersonaStoreTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void backupsListNewestFirstAndAreFoundAndDeletedOnlyInTheirGroup(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            int id = db.inTransaction(em -> {
                PersonaStore store = new PersonaStore(em);
                store.insert(backup("g1", "old", 10));
                store.insert(backup("g2", "other", 20));
                return store.insert(backup("g1", "new", 30)).getId();
            });
            assertEquals(List.of("new", "old"), names(db, "g1"));
            assertEquals(List.of("other", "old"), db.inTransaction(em -> new PersonaStore(em).backups("", 2, 1))
                    .stream().map(PersonaBackup::getBackupName).toList(), "all groups, from the second");
            assertEquals(true, db.inTransaction(em -> new PersonaStore(em).backup(id, "g2")).isEmpty());
            assertEquals("new", db.inTransaction(em -> new PersonaStore(em).backup(id, null)).orElseThrow()
                    .getBackupName());
            db.inTransaction(em -> {
                PersonaStore store = new PersonaStore(em);
                store.backup(id, "g1").ifPresent(store::delete);
                return null;
            });
            assertEquals(List.of("old"), names(db, "g1"));
        }
    }

    private static List<String> names(TestDatabase db, String group) {
        return db.inTransaction(em -> new PersonaStore(em).backups(group, 10, 0)).stream()
                .map(PersonaBackup::getBackupName).toList();
    }

    private static PersonaBackup backup(String group, String name, double at) {
        PersonaBackup row = new PersonaBackup();
        row.setGroupId(group);
        row.setBackupName(name);
        row.setTimestamp(at);
        return row;
    }
}
