package dev.botstore.persistence.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.persistence.message.ConversationContext;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On SQLite the original (SQLAlchemy) keeps a DATETIME as the text {@code 'YYYY-MM-DD HH:MM:SS.ffffff'}.
 * Rows it wrote read back through JPA with their exact value, and what Botstore writes is stored in
 * that same text, so the original and Botstore can share the file.
 */
class SQLiteDateTimeTest {

    @Test
    void theOriginalsDateTimeTextReadsBackExactlyAndIsWrittenTheSameWay() throws Exception {
        try (TestDatabase db = TestDatabase.synced(DbType.SQLITE)) {
            assertEquals("DATETIME", declaredType(db, "conversation_context", "created_at"));
            Map<String, LocalDateTime> stored = new LinkedHashMap<>();
            stored.put("2024-05-06 07:08:09.123456", LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000));
            stored.put("2024-05-06 07:08:09.000000", LocalDateTime.of(2024, 5, 6, 7, 8, 9));
            stored.put("2024-05-06 07:08:09", LocalDateTime.of(2024, 5, 6, 7, 8, 9)); // CURRENT_TIMESTAMP's text
            stored.put("1999-12-31 23:59:59.5", LocalDateTime.of(1999, 12, 31, 23, 59, 59, 500_000_000));
            stored.put("2024-05-06", LocalDateTime.of(2024, 5, 6, 0, 0));
            int id = 0;
            for (String text : stored.keySet()) {
                db.execute("INSERT INTO conversation_context (id, group_id, user_id, context_window, last_updated,"
                        + " created_at) VALUES (" + ++id + ", 'g', 'u', '[]', 1.5, '" + text + "')");
            }

            List<LocalDateTime> read = db.inTransaction(em -> em.createQuery(
                    "SELECT c.createdAt FROM ConversationContext c ORDER BY c.id", LocalDateTime.class).getResultList());
            assertEquals(List.copyOf(stored.values()), read);

            LocalDateTime later = LocalDateTime.of(2025, 1, 2, 3, 4, 5, 678_901_234); // below micros: dropped, as Python has none
            int created = db.inTransaction(em -> {
                em.find(ConversationContext.class, 1).setCreatedAt(later);
                ConversationContext fresh = new ConversationContext();
                fresh.setGroupId("g");
                fresh.setUserId("u");
                fresh.setContextWindow("[]");
                fresh.setLastUpdated(2.5);
                fresh.setCreatedAt(LocalDateTime.of(2025, 1, 2, 3, 4, 5));
                em.persist(fresh);
                em.flush();
                return fresh.getId();
            });
            assertEquals("2025-01-02 03:04:05.678901", storedText(db, 1));
            assertEquals("2025-01-02 03:04:05.000000", storedText(db, created));

            // a java.sql.Timestamp bound in native SQL (as the plugin store does) is the same text, and
            // native reads give the timestamp, as on the other backends
            Object nativeRead = db.inTransaction(em -> {
                em.createNativeQuery("UPDATE conversation_context SET created_at = ?1 WHERE id = 2")
                        .setParameter(1, java.sql.Timestamp.valueOf(LocalDateTime.of(2023, 7, 8, 9, 10, 11, 120_000)))
                        .executeUpdate();
                return em.createNativeQuery("SELECT created_at FROM conversation_context WHERE id = 2").getSingleResult();
            });
            assertEquals("2023-07-08 09:10:11.000120", storedText(db, 2));
            assertEquals(java.sql.Timestamp.valueOf(LocalDateTime.of(2023, 7, 8, 9, 10, 11, 120_000)), nativeRead);

            // a query parameter is the same text, so comparisons in SQL agree with the values
            long after = db.inTransaction(em -> em.createQuery(
                            "SELECT COUNT(c) FROM ConversationContext c WHERE c.createdAt > :t", Long.class)
                    .setParameter("t", LocalDateTime.of(2024, 5, 6, 7, 8, 9, 100_000_000)).getSingleResult());
            assertEquals(2, after, "the two rows of 2025");
        }
    }

    private static String declaredType(TestDatabase db, String table, String column) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                if (rs.getString("name").equals(column)) {
                    return rs.getString("type");
                }
            }
        }
        return null;
    }

    private static String storedText(TestDatabase db, int id) throws Exception {
        try (Connection c = db.connection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT typeof(created_at), created_at FROM conversation_context WHERE id = " + id)) {
            rs.next();
            assertEquals("text", rs.getString(1), "stored as text, like the original's");
            return rs.getString(2);
        }
    }
}
