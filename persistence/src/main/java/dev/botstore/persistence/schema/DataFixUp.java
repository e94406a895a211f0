package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A repair of existing rows that must happen before a unique index can be created on an adopted
 * table, such as merging the duplicate rows that the original application allowed. The schema sync
 * runs it in a transaction of its own just before it creates {@link #index()} on a table that
 * already existed, and records what it did in the schema report.
 */
public interface DataFixUp {

    /** The table whose rows are repaired. */
    String table();

    /** The unique index that the repair prepares for. */
    String index();

    /**
     * Repairs the rows.
     *
     * @return one line for the schema report saying what changed, or null when nothing needed to
     */
    String apply(Connection connection, DbType type) throws SQLException;
}
