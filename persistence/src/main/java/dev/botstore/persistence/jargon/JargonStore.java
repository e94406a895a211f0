package dev.botstore.persistence.jargon;

import dev.botstore.api.jargon.JargonData;
import dev.botstore.api.jargon.JargonFilter;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.support.Truncation;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * The jargon queries, for the caller's transaction. Writes on the natural key (chat_id, content)
 * are single statements in each backend's dialect, so concurrent learners of one term never
 * collide: the upsert, the insert that keeps an existing row, and the copy of global jargon.
 */
public final class JargonStore {

    static final int MAX_TEXT_BYTES = Truncation.MAX_BYTES;
    static final String TRUNCATED = Truncation.MARKER;

    private static final String COLUMNS = "(content, raw_content, meaning, is_jargon, count, last_inference_count,"
            + " is_complete, is_global, chat_id, created_at, updated_at)";
    private static final String VALUES = " VALUES (?1, ?2, ?3, %s, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

    private final EntityManager em;
    private final SqlDialect dialect;

    public JargonStore(EntityManager em) {
        this.em = em;
        this.dialect = SqlDialect.of(em);
    }

    public Optional<Jargon> find(String chatId, String content) {
        return first(select("chat_id = ?1 AND content = ?2", "id", 1, 0, chatId, content));
    }

    /** The row of that id as the persistence context holds it, for an edit that {@link #flush} writes. */
    public Optional<Jargon> toEdit(int id) {
        return Optional.ofNullable(em.find(Jargon.class, id));
    }

    /** Writes the edits of rows from {@link #toEdit} now. */
    public void flush() {
        em.flush();
    }

    public Optional<Jargon> byId(int id) {
        return first(select("id = ?1", "id", 1, 0, id));
    }

    /**
     * The learning upsert. A new row takes the original's defaults for what {@code data} lacks; an
     * existing row changes only in the sent keys, and where it is locked ({@code is_complete}, read
     * before this statement changes it) keeps meaning, contexts and verdict and adds the count.
     */
    public void upsert(String chatId, String content, JargonData data, long now) {
        List<String> set = new ArrayList<>();
        if (data.has(JargonData.MEANING)) {
            set.add(locked("meaning", "?3"));
        }
        if (data.has(JargonData.RAW_CONTENT)) {
            set.add(locked("raw_content", "?2"));
        }
        if (data.has(JargonData.IS_JARGON)) {
            set.add(locked("is_jargon", bool("?4")));
        }
        if (data.has(JargonData.COUNT)) {
            set.add(locked("count", "?12", "COALESCE(" + existing("count") + ", 0) + ?12"));
        }
        if (data.has(JargonData.LAST_INFERENCE_COUNT)) {
            set.add("last_inference_count = ?6");
        }
        if (data.has(JargonData.IS_GLOBAL)) {
            set.add("is_global = ?8");
        }
        set.add("updated_at = ?11");
        // MySQL assigns left to right: the lock is read by the clauses above before it is set here.
        if (data.has(JargonData.IS_COMPLETE)) {
            set.add(locked("is_complete", "?7"));
        }
        String sql = "INSERT INTO jargon " + COLUMNS + VALUES.formatted(bool("?4"))
                + dialect.onConflictUpdate(List.of("chat_id", "content")) + String.join(", ", set);
        long delta = Math.max(0, data.count() == null ? 0 : data.count());
        Query upsert = em.createNativeQuery(sql)
                .setParameter(1, content)
                .setParameter(2, data.has(JargonData.RAW_CONTENT) ? truncate(data.rawContent()) : "[]")
                .setParameter(3, data.meaning())
                .setParameter(4, data.has(JargonData.IS_JARGON) ? data.isJargon() : Boolean.TRUE)
                .setParameter(5, data.count() == null ? 1L : data.count())
                .setParameter(6, data.lastInferenceCount() == null ? 0L : data.lastInferenceCount())
                .setParameter(7, Boolean.TRUE.equals(data.isComplete()))
                .setParameter(8, Boolean.TRUE.equals(data.isGlobal()))
                .setParameter(9, chatId)
                .setParameter(10, now)
                .setParameter(11, now);
        if (data.has(JargonData.COUNT)) {
            upsert.setParameter(12, delta);
        }
        upsert.executeUpdate();
    }

    /** Inserts the row unless (chat_id, content) exists; true when it inserted. */
    public boolean insertIfAbsent(String chatId, String content, String rawContent, String meaning, Boolean isJargon,
                                  long count, long lastInferenceCount, boolean complete, boolean global,
                                  long createdAt, long updatedAt) {
        String values = "INSERT INTO jargon " + COLUMNS + VALUES.formatted(bool("?4"));
        // MySQL's INSERT IGNORE only skips the duplicate here: every value is already validated.
        String sql = dialect.insertUnlessExists(values, List.of("chat_id", "content"));
        return em.createNativeQuery(sql)
                .setParameter(1, content)
                .setParameter(2, truncate(rawContent))
                .setParameter(3, meaning)
                .setParameter(4, isJargon)
                .setParameter(5, count)
                .setParameter(6, lastInferenceCount)
                .setParameter(7, complete)
                .setParameter(8, global)
                .setParameter(9, chatId)
                .setParameter(10, createdAt)
                .setParameter(11, updatedAt)
                .executeUpdate() > 0;
    }

    /**
     * Copies every confirmed global term of other chats into {@code chatId} as a fresh, unconfirmed
     * local row, once per content even when several chats share it; returns how many rows it added.
     */
    public int copyGlobalInto(String chatId, long now) {
        List<Jargon> sources = select("is_jargon = true AND is_global = true AND chat_id <> ?1",
                "count DESC, updated_at DESC, id", Integer.MAX_VALUE, 0, chatId);
        java.util.Set<String> seen = new java.util.HashSet<>();
        int added = 0;
        for (Jargon source : sources) {
            if (seen.add(source.getContent()) && insertIfAbsent(chatId, source.getContent(), "[]",
                    source.getMeaning(), true, 1, 0, false, false, now, now)) {
                added++;
            }
        }
        return added;
    }

    /** Deletes the row and its usage rows (their foreign key has no cascade); false when absent. */
    public boolean delete(int id) {
        em.createNativeQuery("DELETE FROM jargon_usage_frequency WHERE jargon_id = ?1").setParameter(1, id)
                .executeUpdate();
        return em.createNativeQuery("DELETE FROM jargon WHERE id = ?1").setParameter(1, id).executeUpdate() > 0;
    }

    public boolean setGlobal(int id, boolean global, long now) {
        return em.createNativeQuery("UPDATE jargon SET is_global = ?1, updated_at = ?2 WHERE id = ?3")
                .setParameter(1, global).setParameter(2, now).setParameter(3, id).executeUpdate() > 0;
    }

    /** Most recently updated first; {@code chat_id} filtered when not null (empty included). */
    public List<Jargon> recent(JargonFilter filter, int limit, int offset) {
        Where where = listWhere(filter);
        return select(where.sql(), "updated_at DESC, id DESC", limit, offset, where.args().toArray());
    }

    /** Rows in one chat ({@code chat_id} not null, empty included). */
    public long count(JargonFilter filter) {
        Where where = listWhere(filter);
        return number(query("SELECT COUNT(id) FROM jargon WHERE " + where.sql(), where.args()).getSingleResult());
    }

    /**
     * The content of every row the filter selects. Counting distinct contents is left to the caller:
     * SQL's LOWER and TRIM, and MySQL's accent-blind collation, disagree with the list's de-duplication.
     */
    @SuppressWarnings("unchecked")
    public List<String> contents(JargonFilter filter) {
        Where where = listWhere(filter);
        return query("SELECT content FROM jargon WHERE " + where.sql(), where.args()).getResultList();
    }

    /** Contents containing {@code keyword} (literally, any case), highest count first. */
    public List<Jargon> search(String keyword, JargonFilter filter, int limit) {
        Where where = new Where();
        String pattern = "%" + keyword.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        where.add("LOWER(content) LIKE LOWER(?) ESCAPE '!'", pattern);
        if (Boolean.TRUE.equals(filter.confirmed())) {
            where.add("is_jargon = true");
        } else if (filter.pendingOnly()) {
            where.add("(is_jargon = false OR is_jargon IS NULL)");
        }
        if (filter.chatId() != null && !filter.chatId().isEmpty()) {
            where.add("chat_id = ?", filter.chatId());
        }
        scope(where, filter);
        return select(where.sql(), "count DESC, updated_at DESC, id DESC", limit, 0, where.args().toArray());
    }

    public List<Jargon> global(int limit) {
        return select("is_jargon = true AND is_global = true", "count DESC, updated_at DESC, id DESC", limit, 0);
    }

    /** [rows, confirmed, complete, sum of count, average count, distinct chats], over one chat or all. */
    public Object[] statistics(String chatId) {
        String sql = "SELECT COUNT(id), SUM(CASE WHEN is_jargon THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN is_complete THEN 1 ELSE 0 END), SUM(count), AVG(count), COUNT(DISTINCT chat_id)"
                + " FROM jargon" + (chatId == null ? "" : " WHERE chat_id = ?1");
        Query query = em.createNativeQuery(sql);
        if (chatId != null) {
            query.setParameter(1, chatId);
        }
        return (Object[]) query.getSingleResult();
    }

    /** [chat_id, rows] per chat, the largest first. */
    @SuppressWarnings("unchecked")
    public List<Object[]> groups() {
        return em.createNativeQuery("SELECT chat_id, COUNT(id) FROM jargon GROUP BY chat_id"
                + " ORDER BY COUNT(id) DESC, chat_id").getResultList();
    }

    /** The original's truncate_for_db ({@link Truncation}). */
    public static String truncate(String text) {
        return Truncation.forDatabase(text);
    }

    public static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private Where listWhere(JargonFilter filter) {
        Where where = new Where();
        if (filter.chatId() != null) {
            where.add("chat_id = ?", filter.chatId());
        }
        if (filter.confirmed() != null) {
            where.add(filter.confirmed() ? "is_jargon = true" : "(is_jargon = false OR is_jargon IS NULL)");
        }
        if (filter.pendingOnly()) {
            where.add("(is_jargon = false OR is_jargon IS NULL) AND (is_complete = false OR is_complete IS NULL)");
        }
        scope(where, filter);
        return where;
    }

    private static void scope(Where where, JargonFilter filter) {
        if (filter.globalOnly()) {
            where.add("is_global = true");
        } else if (filter.localOnly()) {
            where.add("(is_global = false OR is_global IS NULL)");
        }
    }

    /** Assigns {@code value} to {@code column} unless the existing row is locked ({@code is_complete}). */
    private String locked(String column, String value) {
        return locked(column, value, existing(column));
    }

    /** Assigns {@code value} to {@code column}, or {@code whenLocked} where the existing row is locked. */
    private String locked(String column, String value, String whenLocked) {
        return column + " = CASE WHEN " + existing("is_complete") + " THEN " + whenLocked + " ELSE " + value + " END";
    }

    private String existing(String column) {
        return dialect.existing("jargon", column);
    }

    /** PostgreSQL would take a null parameter for text, which a boolean column refuses. */
    private String bool(String parameter) {
        return dialect.typed(parameter, "BOOLEAN");
    }

    @SuppressWarnings("unchecked")
    private List<Jargon> select(String where, String order, int limit, int offset, Object... args) {
        String sql = "SELECT * FROM jargon WHERE " + where + " ORDER BY " + order
                + (limit == Integer.MAX_VALUE ? "" : dialect.page(limit, offset));
        Query query = em.createNativeQuery(sql, Jargon.class)
                .setHint(QueryHints.REFRESH, HintValues.TRUE);
        for (int i = 0; i < args.length; i++) {
            query.setParameter(i + 1, args[i]);
        }
        return query.getResultList();
    }

    private Query query(String sql, List<Object> args) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < args.size(); i++) {
            query.setParameter(i + 1, args.get(i));
        }
        return query;
    }

    private static Optional<Jargon> first(List<Jargon> rows) {
        return rows.stream().findFirst();
    }

    /** A WHERE clause built from conditions with numbered parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> args = new ArrayList<>();

        void add(String condition, Object... values) {
            String numbered = condition;
            for (Object value : values) {
                args.add(value);
                numbered = numbered.replaceFirst("\\?(?!\\d)", "?" + args.size());
            }
            conditions.add(numbered);
        }

        String sql() {
            return conditions.isEmpty() ? "1 = 1" : String.join(" AND ", conditions);
        }

        List<Object> args() {
            return args;
        }
    }
}
