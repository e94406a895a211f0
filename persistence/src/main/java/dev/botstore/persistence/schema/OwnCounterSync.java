package dev.botstore.persistence.schema;

import dev.botstore.persistence.config.DbType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Installs Botstore's own message counters ({@link OwnCounters}, and the finer {@link OwnBreakdowns})
 * during the schema sync: when a counter table or one of the triggers is missing, everything is
 * (re)created and the counters are
 * set from the rows while the counted tables are held against writers, so that no row written
 * meanwhile is lost or counted twice: in one transaction after {@code LOCK TABLE} on PostgreSQL,
 * under {@code LOCK TABLES ... WRITE} on MySQL/MariaDB (whose DDL cannot be in a transaction), and
 * in a savepoint of the sync's write transaction on SQLite. When everything is there, nothing runs.
 */
final class OwnCounterSync {

    private final Connection connection;
    private final DbType type;

    OwnCounterSync(Connection connection, DbType type) {
        this.connection = connection;
        this.type = type;
    }

    /** Whether the counter tables and all of their triggers exist. */
    boolean installed(Set<String> tables) throws SQLException {
        Set<String> triggers = triggers();
        return tables.containsAll(counterTables()) && triggers.containsAll(OwnCounters.triggerNames())
                && triggers.containsAll(OwnBreakdowns.triggerNames());
    }

    private static List<String> counterTables() {
        List<String> tables = new ArrayList<>(List.of(OwnCounters.TABLE));
        OwnBreakdowns.ALL.forEach(b -> tables.add(b.table()));
        return tables;
    }

    /** Creates the table and the triggers and sets the counters; returns the statements run. */
    List<String> install() throws SQLException {
        List<String> sql = new ArrayList<>();
        Map<String, String> collations = type == DbType.MYSQL ? collations() : Map.of();
        if (type == DbType.MYSQL) {
            createTables(collations, sql);
        }
        begin();
        boolean done = false;
        try {
            if (type != DbType.MYSQL) {
                createTables(collations, sql);
            }
            for (OwnCounters.Counted counted : OwnCounters.COUNTED) {
                for (String ddl : OwnCounters.triggers(type, counted)) {
                    run(ddl, sql);
                }
                for (String dml : OwnCounters.initialise(type, counted)) {
                    run(dml, sql);
                }
            }
            for (OwnBreakdowns.Breakdown breakdown : OwnBreakdowns.ALL) {
                for (String ddl : OwnBreakdowns.triggers(type, breakdown)) {
                    run(ddl, sql);
                }
                for (String dml : OwnBreakdowns.initialise(type, breakdown)) {
                    run(dml, sql);
                }
            }
            done = true;
        } finally {
            end(done);
        }
        return sql;
    }

    private void createTables(Map<String, String> collations, List<String> sql) throws SQLException {
        run(OwnCounters.createTable(type, collations.get("group_id")), sql);
        for (OwnBreakdowns.Breakdown breakdown : OwnBreakdowns.ALL) {
            run(OwnBreakdowns.createTable(type, breakdown, collations), sql);
        }
    }

    private void begin() throws SQLException {
        List<String> tables = OwnCounters.COUNTED.stream().map(OwnCounters.Counted::table).toList();
        switch (type) {
            case POSTGRESQL -> {
                connection.setAutoCommit(false);
                statement("LOCK TABLE " + String.join(", ", tables) + " IN SHARE ROW EXCLUSIVE MODE");
            }
            case MYSQL -> {
                List<String> locked = new ArrayList<>(tables);
                locked.addAll(counterTables());
                statement("LOCK TABLES " + String.join(" WRITE, ", locked) + " WRITE");
            }
            case SQLITE -> statement("SAVEPOINT own_counters");
        }
    }

    private void end(boolean keep) throws SQLException {
        switch (type) {
            case POSTGRESQL -> LocalTransactions.end(connection, keep);
            case MYSQL -> statement("UNLOCK TABLES");
            case SQLITE -> LocalTransactions.endSavepoint(connection, "own_counters", keep);
        }
    }

    /**
     * MySQL: the collations of the counted raw messages' text columns by name, so that the counters'
     * groups and senders compare exactly alike.
     */
    private Map<String, String> collations() throws SQLException {
        Map<String, String> collations = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT COLUMN_NAME, COLLATION_NAME FROM information_schema.COLUMNS"
                        + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'raw_messages' AND COLLATION_NAME IS NOT NULL")) {
            while (rs.next()) {
                collations.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
            }
        }
        return collations;
    }

    private Set<String> triggers() throws SQLException {
        String sql = switch (type) {
            case POSTGRESQL -> "SELECT t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                    + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND NOT t.tgisinternal";
            case MYSQL -> "SELECT TRIGGER_NAME FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()";
            case SQLITE -> "SELECT name FROM sqlite_master WHERE type = 'trigger'";
        };
        Set<String> names = new HashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    private void run(String sql, List<String> done) throws SQLException {
        statement(sql);
        done.add(sql);
    }

    private void statement(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }
}
