package dev.botstore.persistence.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.message.RawMessageInput;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.support.TestDatabase;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Many statements of many rows each, and every id lines up with its message. */
class RawMessageInsertsTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void idsComeBackInInputOrder(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<RawMessageInput> input = new ArrayList<>();
            for (int i = 0; i < 450; i++) {
                input.add(new RawMessageInput("u" + i, i % 2 == 0 ? null : "名" + i, i % 3 == 0 ? "" : "qq" + i,
                        "message " + i, "g1", 1_700_000_000L + (i * 7919L) % 1000, null, null, null));
            }
            List<Integer> first = db.inTransaction(em -> new RawMessageInserts(em).insert(input, 1_800_000_000L));
            List<Integer> second = db.inTransaction(em -> new RawMessageInserts(em).insert(input.subList(0, 3), 5L));
            assertEquals(450, first.size());
            assertEquals(3, second.size());
            db.inTransaction(em -> {
                for (int i = 0; i < input.size(); i++) {
                    RawMessage row = em.find(RawMessage.class, first.get(i));
                    assertEquals("message " + i, row.getMessage());
                    assertEquals("u" + i, row.getSenderId());
                    assertEquals(i % 2 == 0 ? "" : "名" + i, row.getSenderName());
                    assertEquals(i % 3 == 0 ? null : "qq" + i, row.getSenderQq());
                    assertEquals(input.get(i).timestamp(), row.getTimestamp());
                    assertEquals(1_800_000_000L, row.getCreatedAt());
                    assertEquals(Boolean.FALSE, row.getProcessed());
                }
                assertEquals("message 2", em.find(RawMessage.class, second.get(2)).getMessage());
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aBatchOfMoreRowsThanOneStatementTakesKeepsItsOrder(DbType type) throws Exception {
        int perStatement = SqlDialect.of(type).maxParameters() / RawMessageInserts.COLUMNS.size();
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<RawMessageInput> input = messages(perStatement + 25, "m-");
            List<Integer> ids = db.inTransaction(em -> new RawMessageInserts(em).insert(input, 1_800_000_000L));
            assertInInputOrder(db, ids, "m-");
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void messagesLargerTogetherThanOneStatementTakesKeepTheirOrder(DbType type) throws Exception {
        String large = "长".repeat(600_000); // 1.8 MB of UTF-8: three of them exceed MySQL's bound per statement
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<RawMessageInput> input = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                input.add(message(i + large));
            }
            List<Integer> ids = db.inTransaction(em -> new RawMessageInserts(em).insert(input, 1_800_000_000L));
            Map<Integer, String> stored = texts(db);
            for (int i = 0; i < 3; i++) {
                assertEquals(i + large, stored.get(ids.get(i)), "message " + i);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aRowTheDatabaseRefusesInTheLastStatementLeavesNothingOfTheBatch(DbType type) throws Exception {
        int perStatement = SqlDialect.of(type).maxParameters() / RawMessageInserts.COLUMNS.size();
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<RawMessageInput> input = messages(perStatement + 10, "m-");
            input.set(input.size() - 1, message(null)); // message is NOT NULL
            assertThrows(PersistenceException.class,
                    () -> db.inTransaction(em -> new RawMessageInserts(em).insert(input, 1_800_000_000L)));
            assertEquals(0, texts(db).size(), "the first statement's rows were rolled back with the last");
        }
    }

    @Test
    void utf8LengthsAreCountedWithoutEncoding() {
        assertEquals(0, RawMessageInserts.utf8Bytes(null));
        assertEquals(3 + 2 + 3 + 4, RawMessageInserts.utf8Bytes("abc" + "é" + "长" + "😀"));
    }

    private static List<RawMessageInput> messages(int count, String prefix) {
        List<RawMessageInput> input = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            input.add(message(prefix + i));
        }
        return input;
    }

    private static RawMessageInput message(String text) {
        return new RawMessageInput("u1", "name", null, text, "g1", 1_700_000_000L, "qq", null, null);
    }

    private static void assertInInputOrder(TestDatabase db, List<Integer> ids, String prefix) throws Exception {
        Map<Integer, String> stored = texts(db);
        assertEquals(stored.size(), ids.size());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(prefix + i, stored.get(ids.get(i)), "message " + i + " got id " + ids.get(i));
            assertTrue(i == 0 || ids.get(i) > ids.get(i - 1), "ids ascend");
        }
    }

    private static Map<Integer, String> texts(TestDatabase db) throws Exception {
        Map<Integer, String> texts = new HashMap<>();
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rows = st.executeQuery("SELECT id, message FROM raw_messages")) {
            while (rows.next()) {
                texts.put(rows.getInt(1), rows.getString(2));
            }
        }
        return texts;
    }
}
