package dev.botstore.persistence.bench;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The hot-read benchmark's data, generated inside the database with the same SQL on every backend
 * (a cross join of digits, no generate_series): raw messages 2.592 s apart (1,000,000 span 30 days)
 * over 20 groups of skewed sizes (the largest about a fifth), 5,000 senders of skewed activity, the
 * newest 10% unprocessed as the learning pipeline leaves them; a filtered message for every tenth
 * (the newest unprocessed), a bot message for every twentieth, and a few thousand reviews, batches
 * and patterns. Deterministic: the same rows every run.
 */
final class BenchSeed {

    private static final String DIGITS = "(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3"
            + " UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8"
            + " UNION ALL SELECT 9)";

    private final DbType type;
    private final int rows;
    private final long base;

    BenchSeed(DbType type, int rows, long now) {
        this.type = type;
        this.rows = rows;
        this.base = now - rows * 2592L / 1000;
    }

    void seed(Connection c) throws SQLException {
        String ts = SqlDialect.of(type).quote("timestamp");
        try (Statement st = c.createStatement()) {
            for (int chunk = 0; chunk < rows / 100_000; chunk++) {
                st.executeUpdate("INSERT INTO raw_messages (sender_id, sender_name, sender_qq, message, group_id, " + ts
                        + ", platform, message_id, reply_to, created_at, processed)"
                        + " SELECT " + cat("'user_'", "s") + ", " + cat("'name '", "s") + ", " + cat("'qq'", "s") + ", "
                        + cat("'message '", "i", "' lorem ipsum dolor sit amet, consectetur adipiscing elit'") + ", "
                        + cat("'group_'", "g") + ", t, 'qq', " + cat("'m'", "i") + ", NULL, t, i <= " + rows * 9L / 10
                        + " FROM (SELECT i, " + div(div("k * k", "1000") + " * 20", "1000") + " AS g, "
                        + div(div(div("s0 * s0", "9973") + " * s0", "9973") + " * 5000", "9973") + " AS s, "
                        + base + " + " + div("i", "1000") + " * 2592 + " + div("(i % 1000) * 2592", "1000") + " AS t"
                        + " FROM (SELECT i, ((i % 1000) * 7919) % 1000 AS k, ((i % 9973) * 7907) % 9973 AS s0 FROM"
                        + " (SELECT " + chunk * 100_000 + " + d0.d + 10 * d1.d + 100 * d2.d + 1000 * d3.d"
                        + " + 10000 * d4.d + 1 AS i FROM " + digits(5) + ") n) m) x");
            }
            long recent = base + (rows * 89L / 100) * 2592 / 1000;
            st.executeUpdate("INSERT INTO filtered_messages (raw_message_id, message, sender_id, group_id, " + ts
                    + ", confidence, quality_scores, filter_reason, created_at, processed)"
                    + " SELECT id, message, sender_id, group_id, " + ts + ", 0.8, '{}', 'ok', created_at, " + ts + " <= "
                    + recent + " FROM raw_messages WHERE id % 10 = 0");
            st.executeUpdate("INSERT INTO bot_messages (group_id, message, " + ts + ", created_at)"
                    + " SELECT " + cat("'group_'", "i % 20") + ", " + cat("'reply '", "i") + ", " + base + " + i * 51, "
                    + base + " + i * 51 FROM " + series(rows / 20));
            st.executeUpdate("INSERT INTO persona_update_reviews (" + ts + ", group_id, update_type, original_content,"
                    + " new_content, reason, status) SELECT " + base + " + i * 600, " + cat("'group_'", "i % 20")
                    + ", 'prompt', 'a', 'b', 'r', " + status() + " FROM " + series(3000));
            st.executeUpdate("INSERT INTO style_learning_reviews (type, group_id, " + ts + ", learned_patterns,"
                    + " few_shots_content, status, description) SELECT 'style', " + cat("'group_'", "i % 20") + ", "
                    + base + " + i * 600, '[]', '', " + status() + ", 'd' FROM " + series(3000));
            st.executeUpdate("INSERT INTO learning_batches (batch_id, batch_name, group_id, start_time, end_time,"
                    + " quality_score, processed_messages, message_count, filtered_count, success, status)"
                    + " SELECT " + cat("'b'", "i") + ", " + cat("'batch '", "i") + ", " + cat("'group_'", "i % 20")
                    + ", " + base + " + i * 900, " + base + " + i * 900 + 60, 0.7, 100, 120, 10, 1 = 1, 'completed' FROM "
                    + series(2000));
            st.executeUpdate("INSERT INTO style_learning_patterns (group_id, pattern_type, pattern, usage_count,"
                    + " confidence, last_used, created_at, updated_at) SELECT " + cat("'group_'", "i % 20") + ", "
                    + cat("'type_'", "i % 7") + ", " + cat("'p'", "i") + ", 1, 0.5, " + base + ", " + base + ", " + base
                    + " FROM " + series(5000));
        }
    }

    private static String status() {
        return "CASE WHEN i % 3 = 0 THEN 'pending' WHEN i % 3 = 1 THEN 'approved' ELSE 'rejected' END";
    }

    /** The integers 1..n (n at most 100,000) as a derived table {@code (i)}. */
    private static String series(int n) {
        return "(SELECT d0.d + 10 * d1.d + 100 * d2.d + 1000 * d3.d + 10000 * d4.d + 1 AS i FROM " + digits(5)
                + ") n WHERE i <= " + n;
    }

    private static String digits(int count) {
        StringBuilder from = new StringBuilder();
        for (int i = 0; i < count; i++) {
            from.append(i == 0 ? "" : ", ").append(DIGITS).append(" d").append(i);
        }
        return from.toString();
    }

    private String cat(String... parts) {
        return type == DbType.MYSQL ? "CONCAT(" + String.join(", ", parts) + ")" : "(" + String.join(" || ", parts) + ")";
    }

    private String div(String a, String b) {
        return "((" + a + ")" + (type == DbType.MYSQL ? " DIV " : " / ") + b + ")";
    }
}
