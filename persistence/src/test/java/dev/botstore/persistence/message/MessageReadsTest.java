package dev.botstore.persistence.message;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.botstore.api.message.SocialAnalysisGroup;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.support.TestDatabase;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hot reads reshaped for Botstore's own indexes answer exactly what the statements before them
 * answered (kept here as the reference), on data with the awkward cases: equal timestamps, messages
 * without a group, a processed flag left NULL by an adopted database, renamed and nameless senders.
 */
class MessageReadsTest {

    private static final int ROWS = 3000;

    @ParameterizedTest
    @EnumSource(DbType.class)
    void theReshapedReadsAnswerWhatTheStatementsBeforeThemAnswered(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            seed(db);
            db.inTransaction(em -> {
                MessageReads reads = new MessageReads(em);
                for (String group : new String[] {"g0", "g3", "none"}) {
                    assertEquals(ids(em.createQuery("SELECT r FROM RawMessage r WHERE r.groupId = :group"
                                    + " AND r.processed = false ORDER BY r.timestamp ASC, r.id ASC", RawMessage.class)
                                    .setParameter("group", group).setFirstResult(7).setMaxResults(60).getResultList()),
                            ids(reads.unprocessed(group, 60, 7)), group);
                    assertArrayEquals(new long[] {
                            count(em, "SELECT COUNT(r) FROM RawMessage r WHERE r.groupId = :group", group),
                            count(em, "SELECT COUNT(r) FROM RawMessage r WHERE r.groupId = :group AND r.processed = false", group),
                            count(em, "SELECT COUNT(f) FROM FilteredMessage f WHERE f.groupId = :group", group)},
                            reads.groupCounts(group), group);
                    assertEquals(ids(em.createQuery("SELECT r FROM RawMessage r WHERE r.groupId = :group"
                                    + " AND r.timestamp > :since AND r.processed = true ORDER BY r.timestamp DESC, r.id DESC",
                                    RawMessage.class).setParameter("group", group).setParameter("since", 1_700_000_200L)
                                    .setFirstResult(5).setMaxResults(40).getResultList()),
                            ids(reads.forReplay(group, 1_700_000_200L, 40, 5)), "replay of " + group);
                    assertEquals(text(rows(em.createNativeQuery(oldSenders(type)).setParameter(1, group))),
                            text(rows(em.createNativeQuery(MessageReads.sendersSql(type) + " LIMIT 100")
                                    .setParameter(1, group))), group);
                }
                List<RawMessage> all = reads.unprocessed(null, 500, 0);
                assertFalse(all.isEmpty());
                assertEquals(ids(em.createQuery("SELECT r FROM RawMessage r WHERE r.processed = false"
                        + " ORDER BY r.timestamp ASC, r.id ASC", RawMessage.class).setMaxResults(500).getResultList()), ids(all));
                assertEquals(ids(em.createQuery("SELECT f FROM FilteredMessage f WHERE f.processed = false"
                                + " ORDER BY f.timestamp ASC, f.id ASC", FilteredMessage.class).setFirstResult(3)
                                .setMaxResults(40).getResultList()),
                        ids(reads.filteredForLearning(40, 3)));
                assertArrayEquals(new long[] {count(em, "SELECT COUNT(r) FROM RawMessage r", null),
                        count(em, "SELECT COUNT(f) FROM FilteredMessage f", null),
                        count(em, "SELECT COUNT(b) FROM BotMessage b", null)}, reads.totals());
                assertEquals(text(rows(em.createNativeQuery("SELECT group_id, COUNT(*) AS n, COUNT(DISTINCT sender_id)"
                        + " AS members FROM raw_messages GROUP BY group_id ORDER BY n DESC, group_id LIMIT 4 OFFSET 1"))),
                        reads.groups(4, 1).stream()
                        .map(g -> g.groupId() + " " + g.messageCount() + " " + g.memberCount()).toList());
                SocialAnalysisGroup first = reads.groups(1, 0).get(0);
                assertEquals(2, first.relationCount(), "relations of " + first.groupId());
                return null;
            });
        }
    }

    /**
     * The groups for social analysis, read from the counts a group and sender that the database
     * keeps, are what counting the rows gives, page by page, after senders and groups change,
     * rows are deleted and senders are written in another case or with a trailing space (one
     * sender or two, as the column's collation says).
     */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void theGroupsForSocialAnalysisAreTheRowsCountedAfterEveryKindOfWrite(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            seed(db);
            assertGroupsAreTheRowsCounted(db);
            db.execute("UPDATE raw_messages SET sender_id = " + (type == DbType.MYSQL ? "CONCAT('U', sender_id)"
                    : "'U' || sender_id") + " WHERE id % 9 = 4");
            db.execute("UPDATE raw_messages SET sender_id = 'u1 ' WHERE id % 23 = 5");
            db.execute("UPDATE raw_messages SET group_id = 'g9' WHERE id % 6 = 1");
            db.execute("UPDATE raw_messages SET group_id = NULL, sender_id = 'solo' WHERE id % 29 = 2");
            db.execute("DELETE FROM raw_messages WHERE group_id = 'g2' OR id % 8 = 3");
            db.execute("INSERT INTO raw_messages (sender_id, message, group_id, " + SqlDialect.of(type).quote("timestamp")
                    + ", created_at, processed) VALUES ('U3', 'm', 'g5', 1, 1, NULL), ('u3', 'm', 'g5', 1, 1, NULL)");
            assertGroupsAreTheRowsCounted(db);
        }
    }

    private static void assertGroupsAreTheRowsCounted(TestDatabase db) {
        db.inTransaction(em -> {
            for (int offset : new int[] {0, 3}) {
                assertEquals(text(rows(em.createNativeQuery("SELECT group_id, COUNT(*) AS n, COUNT(DISTINCT sender_id)"
                                + " AS members FROM raw_messages GROUP BY group_id ORDER BY n DESC, group_id LIMIT 20 OFFSET "
                                + offset))),
                        new MessageReads(em).groups(20, offset).stream()
                                .map(g -> g.groupId() + " " + g.messageCount() + " " + g.memberCount()).toList());
            }
            return null;
        });
    }

    /** The sender statistics as they were written before the timestamp column was quoted. */
    private static String oldSenders(DbType type) {
        return "SELECT r.sender_id, COUNT(*) AS n,"
                + " (SELECT r2.sender_name FROM raw_messages r2 WHERE r2.group_id = ?1 AND r2.sender_id = r.sender_id"
                + " AND r2.sender_name IS NOT NULL AND r2.sender_name <> ''"
                + " ORDER BY r2." + SqlDialect.of(type).quote("timestamp") + " DESC, r2.id DESC LIMIT 1) AS latest_name"
                + " FROM raw_messages r WHERE r.group_id = ?1 GROUP BY r.sender_id ORDER BY n DESC, r.sender_id LIMIT 100";
    }

    private static void seed(TestDatabase db) throws Exception {
        String ts = SqlDialect.of(db.type()).quote("timestamp");
        try (Connection c = db.connection();
             PreparedStatement raw = c.prepareStatement("INSERT INTO raw_messages (sender_id, sender_name, message,"
                     + " group_id, " + ts + ", created_at, processed) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement filtered = c.prepareStatement("INSERT INTO filtered_messages (message, sender_id,"
                     + " group_id, " + ts + ", created_at, processed) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement bot = c.prepareStatement("INSERT INTO bot_messages (group_id, message, " + ts
                     + ", created_at) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < ROWS; i++) {
                String group = i % 11 == 0 ? null : "g" + (i * i % 7);
                long time = 1_700_000_000L + (i * 7919L) % 500; // many equal timestamps
                raw.setString(1, "u" + (i * 31 % 40));
                raw.setString(2, i % 5 == 0 ? "" : i % 13 == 0 ? null : "name " + (i * 31 % 40) + "/" + (i % 3));
                raw.setString(3, "message " + i);
                raw.setString(4, group);
                raw.setLong(5, time);
                raw.setLong(6, time);
                if (i % 17 == 0) {
                    raw.setNull(7, java.sql.Types.BOOLEAN);
                } else {
                    raw.setBoolean(7, i % 4 != 0);
                }
                raw.addBatch();
                if (i % 3 == 0) {
                    filtered.setString(1, "message " + i);
                    filtered.setString(2, "u" + (i % 40));
                    filtered.setString(3, group);
                    filtered.setLong(4, time);
                    filtered.setLong(5, time);
                    filtered.setBoolean(6, i % 2 == 0);
                    filtered.addBatch();
                }
                if (i % 10 == 0) {
                    bot.setString(1, group == null ? "g0" : group);
                    bot.setString(2, "reply " + i);
                    bot.setLong(3, time);
                    bot.setLong(4, time);
                    bot.addBatch();
                }
            }
            raw.executeBatch();
            filtered.executeBatch();
            bot.executeBatch();
        }
        for (int g = 0; g < 7; g++) {
            for (int k = 0; k < 2; k++) {
                db.execute("INSERT INTO social_relations (user_id, group_id, from_user, to_user, relation_type)"
                        + " VALUES ('u" + k + "', 'g" + g + "', 'a" + k + "', 'b" + g + "', 'friend')");
            }
        }
    }

    private static List<Integer> ids(List<?> rows) {
        return rows.stream().map(r -> r instanceof RawMessage m ? m.getId() : ((FilteredMessage) r).getId()).toList();
    }

    private static long count(EntityManager em, String jpql, String group) {
        var query = em.createQuery(jpql, Long.class);
        if (group != null) {
            query.setParameter("group", group);
        }
        return query.getSingleResult();
    }

    /** Rows as text, numbers of any type as integers: "g1 780 40". */
    private static List<String> text(List<Object[]> rows) {
        List<String> text = new ArrayList<>();
        for (Object[] row : rows) {
            List<String> values = new ArrayList<>();
            for (Object value : row) {
                values.add(value instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(value));
            }
            text.add(String.join(" ", values));
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(jakarta.persistence.Query query) {
        return query.getResultList();
    }
}
