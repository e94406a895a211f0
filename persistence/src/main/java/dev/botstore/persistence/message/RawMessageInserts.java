package dev.botstore.persistence.message;

import dev.botstore.api.message.RawMessageInput;
import dev.botstore.persistence.config.DbType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.platform.database.DatabasePlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * Raw messages inserted many rows per statement, in the caller's transaction, with their ids in
 * input order. One statement assigns its rows' ids in the order of its VALUES, so the ids a
 * statement yields, sorted, line up with its rows: PostgreSQL and SQLite return them with
 * {@code RETURNING id}; MySQL, which lacks it, allocates a multi-row insert's ids consecutively
 * from {@code LAST_INSERT_ID()} in steps of {@code auto_increment_increment}.
 */
public final class RawMessageInserts {

    /** Rows per statement: 11 parameters a row stays far below every backend's parameter limit. */
    static final int ROWS_PER_STATEMENT = 200;
    /** Text per statement, below MySQL's smallest usual max_allowed_packet (16 MiB on MariaDB). */
    static final long BYTES_PER_STATEMENT = 4L * 1024 * 1024;

    private static final String INSERT = "INSERT INTO raw_messages (sender_id, sender_name, sender_qq, message,"
            + " group_id, timestamp, platform, message_id, reply_to, created_at, processed) VALUES ";
    private static final int COLUMNS = 11;

    private final EntityManager em;
    private final DbType type;

    public RawMessageInserts(EntityManager em) {
        this.em = em;
        this.type = DbType.of((DatabasePlatform) em.unwrap(Session.class).getDatasourcePlatform());
    }

    /** Inserts every message, unprocessed, with {@code created_at = now}; a null timestamp is now too. */
    public List<Integer> insert(List<RawMessageInput> messages, long now) {
        List<Integer> ids = new ArrayList<>(messages.size());
        int from = 0;
        while (from < messages.size()) {
            int to = from;
            long bytes = 0;
            while (to < messages.size() && to - from < ROWS_PER_STATEMENT
                    && (to == from || bytes + size(messages.get(to)) <= BYTES_PER_STATEMENT)) {
                bytes += size(messages.get(to));
                to++;
            }
            ids.addAll(insertChunk(messages.subList(from, to), now));
            from = to;
        }
        return ids;
    }

    private List<Integer> insertChunk(List<RawMessageInput> rows, long now) {
        StringBuilder sql = new StringBuilder(INSERT);
        for (int r = 0; r < rows.size(); r++) {
            sql.append(r == 0 ? "(" : ", (");
            for (int c = 1; c <= COLUMNS; c++) {
                sql.append(c == 1 ? "?" : ", ?").append(r * COLUMNS + c);
            }
            sql.append(')');
        }
        if (type != DbType.MYSQL) {
            sql.append(" RETURNING id");
        }
        Query insert = em.createNativeQuery(sql.toString());
        for (int r = 0; r < rows.size(); r++) {
            bind(insert, r * COLUMNS, rows.get(r), now);
        }
        List<Integer> ids = new ArrayList<>(rows.size());
        if (type == DbType.MYSQL) {
            insert.executeUpdate();
            Object[] first = (Object[]) em.createNativeQuery("SELECT LAST_INSERT_ID(), @@auto_increment_increment")
                    .getSingleResult();
            long id = ((Number) first[0]).longValue();
            long step = ((Number) first[1]).longValue();
            for (int r = 0; r < rows.size(); r++) {
                ids.add(Math.toIntExact(id + r * step));
            }
        } else {
            for (Object id : insert.getResultList()) {
                ids.add(((Number) (id instanceof Object[] row ? row[0] : id)).intValue());
            }
            ids.sort(null);
        }
        if (ids.size() != rows.size()) {
            throw new IllegalStateException("inserted " + rows.size() + " raw messages but got " + ids.size() + " ids");
        }
        return ids;
    }

    private static void bind(Query insert, int base, RawMessageInput m, long now) {
        insert.setParameter(base + 1, m.senderId())
                .setParameter(base + 2, orEmpty(m.senderName()))
                .setParameter(base + 3, m.senderQq() == null || m.senderQq().isEmpty() ? null : m.senderQq())
                .setParameter(base + 4, m.message())
                .setParameter(base + 5, orEmpty(m.groupId()))
                .setParameter(base + 6, m.timestamp() == null ? now : m.timestamp())
                .setParameter(base + 7, orEmpty(m.platform()))
                .setParameter(base + 8, m.messageId())
                .setParameter(base + 9, m.replyTo())
                .setParameter(base + 10, now)
                .setParameter(base + 11, Boolean.FALSE);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static long size(RawMessageInput m) {
        return m.message().getBytes(StandardCharsets.UTF_8).length + 1024L;
    }
}
