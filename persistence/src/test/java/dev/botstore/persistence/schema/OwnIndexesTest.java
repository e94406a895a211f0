package dev.botstore.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.SchemaAction;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.SchemaSnapshot;
import dev.botstore.persistence.support.TestDatabase;
import dev.botstore.persistence.support.UpstreamFixture;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Botstore's own hot-read indexes ({@link OwnIndexes}) are built by the schema sync under their own
 * names, on a new database and on an adopted one of the original, whose indexes stay exactly as
 * they were; the next sync has nothing to do.
 */
class OwnIndexesTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aNewDatabaseGetsEveryOwnIndexByNameAndTheNextSyncHasNothingToDo(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            SchemaReport first = SchemaSyncTest.sync(db);

            assertTrue(first.warnings().isEmpty(), () -> "warnings: " + first.warnings());
            assertEquals(expected(), created(first));
            assertEquals(expected(), present(db));
            SchemaReport second = SchemaSyncTest.sync(db);
            assertTrue(second.upToDate(), () -> "second sync: " + second.actions() + second.warnings());
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void adoptingTheOriginalsDatabaseAddsTheOwnIndexesAndKeepsEveryIndexOfTheOriginal(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            UpstreamFixture.load(db);
            Map<String, SchemaSnapshot.Table> original = snapshot(db);

            SchemaReport report = SchemaSyncTest.sync(db);

            assertTrue(report.warnings().isEmpty(), () -> "warnings: " + report.warnings());
            assertEquals(expected(), created(report));
            Map<String, SchemaSnapshot.Table> adopted = snapshot(db);
            original.forEach((table, shape) -> shape.indexes().forEach((name, index) ->
                    assertEquals(index, adopted.get(table).indexes().get(name), table + "." + name + " changed")));
            assertEquals(expected(), present(db));
            assertTrue(SchemaSyncTest.sync(db).upToDate(), "the next start has nothing to do");
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anOwnIndexDroppedByHandComesBackAndNothingElseIsTouched(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            SchemaSyncTest.sync(db);
            db.execute(type == DbType.MYSQL ? "DROP INDEX bst_ix_raw_messages_unprocessed ON raw_messages"
                    : "DROP INDEX bst_ix_raw_messages_unprocessed");

            SchemaReport repair = SchemaSyncTest.sync(db);

            assertEquals(List.of("create_index raw_messages.bst_ix_raw_messages_unprocessed"),
                    repair.actions().stream().map(a -> a.kind() + " " + a.table() + "." + a.name()).toList());
        }
    }

    private static Map<String, List<String>> expected() {
        Map<String, List<String>> byTable = new TreeMap<>();
        for (OwnIndexes.OwnIndex index : OwnIndexes.ALL) {
            byTable.computeIfAbsent(index.table(), t -> new ArrayList<>()).add(index.name());
        }
        byTable.values().forEach(names -> names.sort(null));
        return byTable;
    }

    private static Map<String, List<String>> created(SchemaReport report) {
        Map<String, List<String>> byTable = new TreeMap<>();
        for (SchemaAction action : report.actions()) {
            if (action.kind().equals("create_index") && action.name().startsWith(OwnIndexes.PREFIX)) {
                byTable.computeIfAbsent(action.table(), t -> new ArrayList<>()).add(action.name());
            }
        }
        byTable.values().forEach(names -> names.sort(null));
        return byTable;
    }

    private static Map<String, List<String>> present(TestDatabase db) throws Exception {
        Map<String, List<String>> byTable = new TreeMap<>();
        snapshot(db).forEach((table, shape) -> shape.indexes().keySet().stream()
                .filter(name -> name.startsWith(OwnIndexes.PREFIX)).sorted()
                .forEach(name -> byTable.computeIfAbsent(table, t -> new ArrayList<>()).add(name)));
        return byTable;
    }

    private static Map<String, SchemaSnapshot.Table> snapshot(TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            return SchemaSnapshot.read(c, db.type());
        }
    }
}
