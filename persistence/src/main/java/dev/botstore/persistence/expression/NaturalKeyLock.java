package dev.botstore.persistence.expression;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * Serialises the writers of one natural key until the caller's transaction ends, so that an upsert
 * may read and then write. Needed where the original's key has no unique constraint
 * ({@code style_profiles.profile_name}, {@code language_style_patterns.language_style}) and an
 * adopted database may hold duplicates, so no native upsert applies.
 *
 * <p>PostgreSQL takes a transaction-scoped advisory lock on a hash of the key. MySQL takes a
 * locking read, whose gap lock makes two creators of a missing key deadlock: one is rolled back and
 * must be retried (a transient failure). SQLite opens the write transaction first, which admits one
 * writer at a time. Must be the transaction's first statement on SQLite.
 */
public final class NaturalKeyLock {

    private NaturalKeyLock() {
    }

    /**
     * Locks {@code columns = values} of {@code table} (trusted identifiers, never caller input) and
     * returns the ids of the rows that hold it, oldest first.
     */
    public static List<Integer> lockAndFind(EntityManager em, String table, List<String> columns, List<String> values) {
        SqlDialect dialect = SqlDialect.of(em);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            where.append(i == 0 ? " WHERE " : " AND ").append(columns.get(i)).append(" = ?").append(i + 1);
        }
        switch (dialect.type()) {
            case POSTGRESQL -> em.createNativeQuery("SELECT COUNT(*) FROM (SELECT pg_advisory_xact_lock(?1)) AS held")
                    .setParameter(1, key(table, values)).getSingleResult();
            case SQLITE -> bind(em.createNativeQuery("UPDATE " + table + " SET " + columns.get(0) + " = "
                    + columns.get(0) + where), values).executeUpdate();
            default -> { } // MySQL: the locking read below
        }
        String select = "SELECT id FROM " + table + where + " ORDER BY id"
                + (dialect.type() == DbType.MYSQL ? dialect.forUpdate() : "");
        List<Integer> ids = new ArrayList<>();
        for (Object id : bind(em.createNativeQuery(select), values).getResultList()) {
            ids.add(((Number) id).intValue());
        }
        return ids;
    }

    private static Query bind(Query query, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    /** A 64-bit advisory lock key: a collision only makes two keys wait for each other. */
    private static long key(String table, List<String> values) {
        long hash = 1125899906842597L;
        String text = table + '\u0000' + String.join("\u0000", values);
        for (int i = 0; i < text.length(); i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return hash;
    }
}
