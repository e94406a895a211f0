package dev.botstore.persistence.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.ImportResult;
import dev.botstore.api.error.ConflictException;
import dev.botstore.api.error.InvalidInputException;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An operator's move from SQLite: every table seeded on SQLite (two rows each, a value in every
 * column), exported, imported into a fresh database of each backend, exported again: the two
 * exports are identical line for line, so every row of every table compares equal.
 */
class ExportImportTest {

    private static final int ROWS = 2;

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anExportOfSqliteImportsIntoAnEmptyDatabaseOfEachBackendAndExportsIdentically(DbType target) throws Exception {
        String exported;
        List<DataTable> model;
        try (TestDatabase source = TestDatabase.synced(DbType.SQLITE)) {
            model = SeedRows.model(source);
            SeedRows.insertAll(source, model, ROWS);
            exported = export(source, model, null);
        }
        assertEquals(model.size() * ROWS, exported.lines().count());
        assertEquals(60, model.size());

        try (TestDatabase db = TestDatabase.synced(target)) {
            ImportResult result = load(db, model, exported, false);
            assertEquals(model.size() * ROWS, result.inserted());
            assertEquals(0, result.skipped());
            assertEquals(model.size(), result.tables().size());

            String again = export(db, model, null);
            assertEquals(List.of(), difference(exported, again));
            assertEquals(exported, again);

            ConflictException refused = assertThrows(ConflictException.class, () -> load(db, model, exported, false));
            assertTrue(refused.getMessage().contains("merge"), refused::getMessage);
            ImportResult merged = load(db, model, exported, true);
            assertEquals(0, merged.inserted());
            assertEquals(model.size() * ROWS, merged.skipped());
            assertEquals(exported, export(db, model, null));

            // the identity goes on after the imported ids
            try (Connection c = db.connection(); Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO raw_messages (sender_id, message, group_id, timestamp, processed, created_at)"
                        + " VALUES ('u', 'm', 'g', 1, " + (target == DbType.SQLITE ? "0" : "false") + ", 1)");
                try (ResultSet rs = st.executeQuery("SELECT MAX(id) FROM raw_messages")) {
                    rs.next();
                    assertEquals(ROWS + 1, rs.getInt(1));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anExportForOneGroupHoldsOnlyThatGroupsRowsOfTheTablesWithAGroup(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<DataTable> model = SeedRows.model(db);
            SeedRows.insertAll(db, model, ROWS);
            Map<String, DataTable> byName = SeedRows.byName(model);
            String group = "1-群ü-group_id";
            String exported = export(db, model, group);
            long withGroup = model.stream().filter(DataTable::hasGroup).count();
            assertTrue(withGroup > 30, "tables with a group: " + withGroup);
            assertEquals(withGroup, exported.lines().count());
            exported.lines().forEach(text -> {
                JsonLines.Line line = JsonLines.parse(text, "export");
                assertTrue(byName.get(line.table()).hasGroup(), line.table());
                assertEquals(group, line.row().get("group_id"), text);
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aLineTheDatabaseRefusesRollsBackTheWholeImport(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<DataTable> model = SeedRows.model(db);
            String good = "{\"table\":\"jargon_usage_frequency\",\"row\":{\"id\":1,\"jargon_id\":99,\"group_id\":\"g\","
                    + "\"usage_count\":1,\"last_used_at\":1}}";
            String lines = "{\"table\":\"raw_messages\",\"row\":{\"id\":5,\"sender_id\":\"u\",\"message\":\"m\","
                    + "\"group_id\":\"g\",\"timestamp\":1,\"processed\":false,\"created_at\":1}}\n" + good + "\n";
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> load(db, model, lines, false));
            assertTrue(refused.getMessage().contains("rolled back"), refused::getMessage);
            try (Connection c = db.connection()) {
                assertEquals(0L, new DataCleaner(c, type).count(List.of("raw_messages")).get("raw_messages"));
            }
            InvalidInputException malformed = assertThrows(InvalidInputException.class,
                    () -> load(db, model, "{\"table\":\"raw_messages\",\"row\":{\"id\":[1]}}\n", false));
            assertTrue(malformed.getMessage().startsWith("line 1"), malformed::getMessage);
            assertThrows(InvalidInputException.class,
                    () -> load(db, model, "{\"table\":\"no_such\",\"row\":{}}\n", false));
        }
    }

    /** More rows than a fetch (MySQL: a page) holds come out whole, once each, in key order. */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void aTableLargerThanAPageIsExportedWholeInKeyOrder(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<DataTable> model = SeedRows.model(db);
            try (Connection c = db.connection()) {
                SeedRows.insert(c, type, SeedRows.byName(model).get("raw_messages"), 1234);
            }
            List<String> lines = export(db, model, null).lines().toList();
            assertEquals(1234, lines.size());
            for (int i = 0; i < lines.size(); i++) {
                assertEquals((long) i + 1, JsonLines.parse(lines.get(i), "export").row().get("id"));
            }
        }
    }

    static String export(TestDatabase db, List<DataTable> model, String group) throws Exception {
        StringWriter out = new StringWriter();
        try (Connection c = db.connection()) {
            new DataExporter(c, db.type(), model).export(out, group, Set.of());
        }
        return out.toString();
    }

    static ImportResult load(TestDatabase db, List<DataTable> model, String lines, boolean merge) throws Exception {
        try (Connection c = db.connection()) {
            return new DataImporter(c, db.type(), model).load(new BufferedReader(new StringReader(lines)), merge);
        }
    }

    private static List<String> difference(String expected, String actual) {
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        List<String> diff = new java.util.ArrayList<>();
        for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
            String a = i < want.size() ? want.get(i) : null;
            String b = i < got.size() ? got.get(i) : null;
            if (!java.util.Objects.equals(a, b)) {
                diff.add("line " + (i + 1) + "\n  want " + a + "\n  got  " + b);
            }
        }
        return diff.size() > 10 ? diff.subList(0, 10) : diff;
    }
}
