package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.dialect.SqlDialect;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Botstore's own indexes for the learning pipeline's hot reads, which the original's single-column
 * indexes cannot serve in order (the oldest unprocessed messages, a group's newest messages, a
 * group's senders). Named {@code bst_ix_...} so that they can never collide with an index of the
 * original, and created by the schema sync next to the original's, which stay as they are.
 *
 * <p>The unprocessed ones are partial ({@code WHERE processed = false}) on PostgreSQL and SQLite,
 * so they hold only the backlog; MySQL/MariaDB has no partial index and leads with
 * {@code processed} instead. SQLite's leads with it too: its planner (3.54) takes a partial index
 * for an ordered scan only through an equality on one of its columns, and otherwise sorts the
 * whole backlog. The queries spell the condition with the same literal as the indexes
 * ({@link SqlDialect#falseLiteral}), which is what lets a planner match a partial index.
 */
public final class OwnIndexes {

    /** One index: its table, its columns in order, and whether it holds only unprocessed rows. */
    public record OwnIndex(String name, String table, List<String> columns, boolean unprocessedOnly) {

        /** The CREATE INDEX statement for the backend. */
        public String ddl(DbType type) {
            List<String> keys = new ArrayList<>();
            if (unprocessedOnly && type != DbType.POSTGRESQL) {
                keys.add("processed");
            }
            keys.addAll(columns);
            return "CREATE INDEX " + name + " ON " + table + " ("
                    + keys.stream().map(c -> SqlDialect.of(type).quote(c)).collect(Collectors.joining(", ")) + ")"
                    + (unprocessedOnly && type != DbType.MYSQL ? " WHERE processed = " + SqlDialect.of(type).falseLiteral() : "");
        }
    }

    /** Every own index, by table. */
    public static final List<OwnIndex> ALL = List.of(
            // the next unprocessed messages of a group, oldest first, and how many there are
            new OwnIndex("bst_ix_raw_messages_unprocessed", "raw_messages", List.of("group_id", "timestamp", "id"), true),
            // the next unprocessed messages of all groups, oldest first
            new OwnIndex("bst_ix_raw_messages_unprocessed_time", "raw_messages", List.of("timestamp", "id"), true),
            // a group's messages by time: recent, time range, replay, and the group's count
            new OwnIndex("bst_ix_raw_messages_group_time", "raw_messages", List.of("group_id", "timestamp", "id"), false),
            // a group's processed messages by time, newest first, for replay (their ids, read from the
            // index alone): the newest messages are the unprocessed ones, which the index above or the
            // original's timestamp index would make the database skip one by one
            new OwnIndex("bst_ix_raw_messages_group_flag_time", "raw_messages",
                    List.of("group_id", "processed", "timestamp", "id"), false),
            // a group's senders (counts and latest names)
            new OwnIndex("bst_ix_raw_messages_group_sender", "raw_messages",
                    List.of("group_id", "sender_id", "timestamp", "id"), false),
            new OwnIndex("bst_ix_filtered_messages_unprocessed", "filtered_messages", List.of("timestamp", "id"), true),
            new OwnIndex("bst_ix_filtered_messages_group_time", "filtered_messages",
                    List.of("group_id", "timestamp", "id"), false),
            new OwnIndex("bst_ix_bot_messages_group_time", "bot_messages", List.of("group_id", "timestamp", "id"), false));

    /** The prefix of every own index name; no index of the original starts with it. */
    public static final String PREFIX = "bst_ix_";

    private OwnIndexes() {
    }
}
