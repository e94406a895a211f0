package dev.botstore.persistence.learning;

import dev.botstore.persistence.dialect.SqlDialect;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The upsert of a learning session on its unique {@code session_id}, one statement in each backend's
 * dialect, so that two first reports of one session never collide. Only columns with a value are
 * named: a null never has to be bound (PostgreSQL would type it as text), and on an existing row only
 * the given columns of {@link #UPDATABLE} change.
 */
public final class LearningSessionStore {

    /** What a later report may change; group, batch and start stay as first recorded. */
    public static final List<String> UPDATABLE = List.of("message_count", "end_time", "learning_quality", "status");

    private final EntityManager em;
    private final SqlDialect dialect;

    public LearningSessionStore(EntityManager em) {
        this.em = em;
        this.dialect = SqlDialect.of(em);
    }

    /**
     * Inserts {@code insert} (column → value, nulls left out) or, when the session exists, sets the
     * columns of {@code update} (nulls left out) to their values.
     */
    public void upsert(String sessionId, Map<String, Object> insert, Map<String, Object> update) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("session_id", sessionId);
        insert.forEach((column, value) -> {
            if (value != null) {
                row.put(column, value);
            }
        });
        List<String> changed = update.entrySet().stream()
                .filter(e -> e.getValue() != null && UPDATABLE.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        // the inserted row carries the update's values too, so the conflict branch can take them from it
        changed.forEach(column -> row.put(column, update.get(column)));

        List<Object> values = new ArrayList<>(row.values());
        String columns = String.join(", ", row.keySet());
        String marks = java.util.stream.IntStream.rangeClosed(1, values.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        String sql = "INSERT INTO learning_sessions (" + columns + ") VALUES (" + marks + ")"
                + dialect.onConflict(List.of("session_id"), changed);
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        query.executeUpdate();
    }

    /**
     * Sets the columns of {@code update} (nulls left out) on an existing session.
     *
     * @return false when there is no such session
     */
    public boolean update(String sessionId, Map<String, Object> update) {
        List<String> changed = update.entrySet().stream()
                .filter(e -> e.getValue() != null && UPDATABLE.contains(e.getKey()))
                .map(Map.Entry::getKey).toList();
        // with nothing to change, session_id = session_id still tells whether the row is there
        String set = changed.isEmpty() ? "session_id = session_id" : java.util.stream.IntStream.range(0, changed.size())
                .mapToObj(i -> changed.get(i) + " = ?" + (i + 2)).collect(Collectors.joining(", "));
        Query query = em.createNativeQuery("UPDATE learning_sessions SET " + set + " WHERE session_id = ?1")
                .setParameter(1, sessionId);
        for (int i = 0; i < changed.size(); i++) {
            query.setParameter(i + 2, update.get(changed.get(i)));
        }
        return query.executeUpdate() > 0;
    }
}
