package dev.botstore.persistence.message;

import dev.botstore.api.message.RawMessageInput;
import dev.botstore.persistence.dialect.SqlDialect;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw messages inserted many rows per statement, in the caller's transaction, with their ids in
 * input order and no second query: the dialect's insert that hands back its ids. The statements
 * go to JDBC on the transaction's own connection: EclipseLink matches every parameter of a
 * native query against all the others, which made a statement of 2,200 parameters cost more than
 * half a second of CPU before it reached the database.
 */
public final class RawMessageInserts {

    static final List<String> COLUMNS = List.of("sender_id", "sender_name", "sender_qq", "message", "group_id",
            "timestamp", "platform", "message_id", "reply_to", "created_at", "processed");
    /** What a row carries besides its message text, counted towards a statement's bytes. */
    private static final long ROW_BYTES = 1024;

    private final EntityManager em;
    private final SqlDialect dialect;

    public RawMessageInserts(EntityManager em) {
        this.em = em;
        this.dialect = SqlDialect.of(em);
    }

    /**
     * Inserts every message, unprocessed, with {@code created_at = now}; a null timestamp is now too.
     * The rows go in as few statements as the backend's parameter and size limits allow.
     */
    public List<Integer> insert(List<RawMessageInput> messages, long now) {
        Connection connection = em.unwrap(Connection.class);
        int maxRows = dialect.maxParameters() / COLUMNS.size();
        List<Integer> ids = new ArrayList<>(messages.size());
        int from = 0;
        try {
            while (from < messages.size()) {
                int to = from;
                long bytes = 0;
                while (to < messages.size() && to - from < maxRows) {
                    long size = utf8Bytes(messages.get(to).message()) + ROW_BYTES;
                    if (to > from && bytes + size > dialect.maxStatementBytes()) {
                        break;
                    }
                    bytes += size;
                    to++;
                }
                insertChunk(connection, messages.subList(from, to), now, ids);
                from = to;
            }
        } catch (SQLException e) {
            throw new PersistenceException("storing " + messages.size() + " raw messages failed: " + e.getMessage(), e);
        }
        return ids;
    }

    private void insertChunk(Connection connection, List<RawMessageInput> rows, long now, List<Integer> ids)
            throws SQLException {
        try (PreparedStatement insert = dialect.prepareInsertReturningIds(connection, "raw_messages", COLUMNS,
                rows.size())) {
            int p = 0;
            for (RawMessageInput m : rows) {
                insert.setString(++p, m.senderId());
                insert.setString(++p, orEmpty(m.senderName()));
                insert.setString(++p, m.senderQq() == null || m.senderQq().isEmpty() ? null : m.senderQq());
                insert.setString(++p, m.message());
                insert.setString(++p, orEmpty(m.groupId()));
                insert.setLong(++p, m.timestamp() == null ? now : m.timestamp());
                insert.setString(++p, orEmpty(m.platform()));
                insert.setString(++p, m.messageId());
                insert.setString(++p, m.replyTo());
                insert.setLong(++p, now);
                insert.setBoolean(++p, false);
            }
            for (long id : dialect.insertedIds(insert, rows.size())) {
                ids.add(Math.toIntExact(id));
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The text's length in UTF-8, counted without encoding it. */
    static long utf8Bytes(String text) {
        if (text == null) {
            return 0;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4
        }
        return bytes;
    }
}
