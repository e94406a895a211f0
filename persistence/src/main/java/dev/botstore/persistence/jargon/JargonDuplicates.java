package dev.botstore.persistence.jargon;

import static dev.botstore.persistence.jargon.PythonValues.intOrNone;
import static dev.botstore.persistence.jargon.PythonValues.intOrZero;
import static dev.botstore.persistence.jargon.PythonValues.truthy;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.schema.DataFixUp;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Merges the rows of an adopted {@code jargon} table that share (chat_id, content), so that the
 * unique index {@code uk_chat_content} can be created: exactly the original's rules (entity catalog
 * section 3.10). The keeper is the completed, then jargon-marked, then most counted, then oldest
 * row; the others' contexts, counters and flags are folded into it, their usage rows repointed to
 * it, and they are deleted. The schema sync runs it in a transaction of its own.
 */
public final class JargonDuplicates implements DataFixUp {

    static final String INDEX = "uk_chat_content";

    @Override
    public String table() {
        return "jargon";
    }

    @Override
    public String index() {
        return INDEX;
    }

    /**
     * Tables are created parents first, so {@code jargon_usage_frequency} exists here only if the
     * database had it before the sync: the original's condition for repointing usage rows.
     */
    @Override
    public String apply(Connection connection, DbType type) throws SQLException {
        boolean usageTable;
        String catalog = type == DbType.MYSQL ? connection.getCatalog() : null;
        String schema = type == DbType.POSTGRESQL ? connection.getSchema() : null;
        try (ResultSet rs = connection.getMetaData().getTables(catalog, schema, "jargon_usage_frequency", null)) {
            usageTable = rs.next();
        }
        return run(connection, usageTable).map(Result::describe).orElse(null);
    }

    /** What the merge did, for the schema report. */
    record Result(int groups, int removed, int repointed) {
        String describe() {
            return "merged " + groups + " group(s) of jargon rows sharing (chat_id, content): " + removed
                    + " row(s) folded into their keeper and deleted, " + repointed + " jargon_usage_frequency row(s) repointed";
        }
    }

    private record Row(Object id, Object rawContent, Object meaning, Object isJargon, Object count,
                       Object lastInferenceCount, Object isComplete, Object isGlobal, Object createdAt, Object updatedAt) {
    }

    /**
     * @param usageTable whether {@code jargon_usage_frequency} existed before the sync
     * @return empty when there was nothing to merge
     */
    static Optional<Result> run(Connection c, boolean usageTable) throws SQLException {
        List<Object[]> keys = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT chat_id, content, COUNT(*) FROM jargon"
                     + " GROUP BY chat_id, content HAVING COUNT(*) > 1")) {
            while (rs.next()) {
                keys.add(new Object[] {rs.getObject(1), rs.getObject(2)});
            }
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        int groups = 0;
        int removed = 0;
        int repointed = 0;
        for (Object[] key : keys) {
            List<Row> rows = rows(c, key[0], key[1]);
            if (rows.size() <= 1) {
                continue; // e.g. NULL keys, which '=' never matches
            }
            List<Row> ordered = new ArrayList<>(rows);
            ordered.sort(Comparator.<Row, Boolean>comparing(r -> !truthy(r.isComplete()))
                    .thenComparing(r -> !truthy(r.isJargon()))
                    .thenComparing(r -> -intOrZero(r.count()))
                    .thenComparing(r -> intOrZero(r.id())));
            Row keeper = ordered.get(0);
            List<Object> others = ordered.subList(1, ordered.size()).stream().map(Row::id).toList();
            write(c, merge(keeper, ordered));
            if (usageTable) {
                repointed += update(c, "UPDATE jargon_usage_frequency SET jargon_id = ? WHERE jargon_id IN ("
                        + placeholders(others.size()) + ")", keeper.id(), others);
            }
            removed += update(c, "DELETE FROM jargon WHERE id IN (" + placeholders(others.size()) + ")", null, others);
            groups++;
        }
        return Optional.of(new Result(groups, removed, repointed));
    }

    private static List<Row> rows(Connection c, Object chatId, Object content) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, raw_content, meaning, is_jargon, count,"
                + " last_inference_count, is_complete, is_global, created_at, updated_at FROM jargon"
                + " WHERE chat_id = ? AND content = ? ORDER BY id ASC")) {
            ps.setObject(1, chatId);
            ps.setObject(2, content);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1), rs.getObject(2), rs.getObject(3), rs.getObject(4), rs.getObject(5),
                            rs.getObject(6), rs.getObject(7), rs.getObject(8), rs.getObject(9), rs.getObject(10)));
                }
            }
        }
        return rows;
    }

    /** The keeper with the merged values; {@code ordered} starts with the keeper. */
    private static Row merge(Row keeper, List<Row> ordered) {
        boolean completed = truthy(keeper.isComplete());
        Set<String> contexts = new LinkedHashSet<>();
        for (Row row : completed ? List.of(keeper) : ordered) {
            for (Object item : items(row.rawContent())) {
                String text = PythonValues.str(item);
                if (!text.isEmpty()) {
                    contexts.add(text);
                }
            }
        }
        Object meaning = ordered.stream().map(Row::meaning).filter(m -> m != null && !String.valueOf(m).isEmpty())
                .findFirst().orElse(null);
        Object isJargon;
        if (completed) {
            isJargon = keeper.isJargon();
        } else if (ordered.stream().anyMatch(r -> truthy(r.isJargon()))) {
            isJargon = Boolean.TRUE;
        } else if (ordered.stream().anyMatch(r -> r.isJargon() != null)) {
            isJargon = Boolean.FALSE;
        } else {
            isJargon = null;
        }
        long count = ordered.stream().mapToLong(r -> Math.max(intOrZero(r.count()), 0)).sum();
        long lastInference = ordered.stream().mapToLong(r -> intOrZero(r.lastInferenceCount())).max().orElse(0);
        Object created = ordered.stream().map(r -> intOrNone(r.createdAt())).flatMap(Optional::stream)
                .min(Long::compare).map(Object.class::cast).orElse(keeper.createdAt());
        Object updated = ordered.stream().map(r -> intOrNone(r.updatedAt())).flatMap(Optional::stream)
                .max(Long::compare).map(Object.class::cast).orElse(keeper.updatedAt());
        return new Row(keeper.id(), PythonValues.dumpStrings(List.copyOf(contexts)), meaning, isJargon, count,
                lastInference, ordered.stream().anyMatch(r -> truthy(r.isComplete())),
                ordered.stream().anyMatch(r -> truthy(r.isGlobal())), created, updated);
    }

    /** The usage contexts held in one raw_content value. */
    private static List<Object> items(Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof String text)) {
            return List.of(raw);
        }
        if (text.isBlank()) {
            return List.of();
        }
        Object parsed = PythonValues.parseJson(text);
        if (parsed == PythonValues.INVALID) {
            return List.of(text.strip());
        }
        if (parsed instanceof List<?> list) {
            List<Object> items = new ArrayList<>(list);
            return items;
        }
        return PythonValues.jsonTruthy(parsed) ? java.util.Collections.singletonList(parsed) : List.of();
    }

    private static void write(Connection c, Row merged) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE jargon SET raw_content = ?, meaning = ?, is_jargon = ?,"
                + " count = ?, last_inference_count = ?, is_complete = ?, is_global = ?, created_at = ?, updated_at = ?"
                + " WHERE id = ?")) {
            Object[] values = {merged.rawContent(), merged.meaning(), merged.isJargon(), merged.count(),
                merged.lastInferenceCount(), merged.isComplete(), merged.isGlobal(), merged.createdAt(),
                merged.updatedAt(), merged.id()};
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }
    }

    private static int update(Connection c, String sql, Object first, List<Object> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            if (first != null) {
                ps.setObject(i++, first);
            }
            for (Object id : ids) {
                ps.setObject(i++, id);
            }
            return ps.executeUpdate();
        }
    }

    private static String placeholders(int n) {
        return java.util.Collections.nCopies(n, "?").stream().collect(Collectors.joining(", "));
    }
}
