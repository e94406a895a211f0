package dev.botstore.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.SchemaAction;
import dev.botstore.api.admin.SchemaReport;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.jpa.JpaHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchemaSyncTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anEmptyDatabaseGetsEveryTableAndIndexThenNothingIsLeftToDo(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            SchemaReport first = sync(db);

            assertTrue(first.warnings().isEmpty(), () -> "warnings: " + first.warnings());
            assertTrue(has(first, "create_table", "plugin_data"), () -> "actions: " + first.actions());
            assertTrue(has(first, "create_index", "uq_plugin_data_scope_key"), () -> "actions: " + first.actions());
            assertTrue(sync(db).upToDate(), "a second run has nothing to do");
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aColumnAndAnIndexDroppedByHandFromATableWithRowsComeBackAndAreReported(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            sync(db);
            db.execute("INSERT INTO plugin_data (plugin_key, target_chat_key, target_user_id, data_key, data_value,"
                    + " version, create_time, update_time) VALUES ('a.b', '', '', 'k', 'v', 1,"
                    + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            db.execute("ALTER TABLE plugin_data DROP COLUMN update_time");
            db.execute(type == DbType.MYSQL ? "DROP INDEX uq_plugin_data_scope_key ON plugin_data"
                    : "DROP INDEX uq_plugin_data_scope_key");

            SchemaReport repair = sync(db);

            assertEquals(List.of("add_column update_time", "create_index uq_plugin_data_scope_key"),
                    repair.actions().stream().map(a -> a.kind() + " " + a.name()).toList());
            assertTrue(columnExists(db, "update_time"));
            assertTrue(sync(db).upToDate(), "the start after the repair reports nothing to do");
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void twoSyncsStartedTogetherBothSucceedAndBuildTheSchemaOnce(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            AbstractSession session = session(db);
            CountDownLatch start = new CountDownLatch(1);
            Callable<SchemaReport> run = () -> {
                try (Connection c = db.connection()) {
                    start.await();
                    return SchemaSync.run(session, c, db.name(), null);
                }
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<SchemaReport>> runs = new ArrayList<>(List.of(pool.submit(run), pool.submit(run)));
                start.countDown();
                List<String> created = new ArrayList<>();
                List<Integer> perRun = new ArrayList<>();
                for (Future<SchemaReport> f : runs) {
                    SchemaReport report = f.get();
                    assertTrue(report.warnings().isEmpty(), () -> "warnings: " + report.warnings());
                    List<String> tables = report.actions().stream().filter(a -> a.kind().equals("create_table"))
                            .map(SchemaAction::table).toList();
                    created.addAll(tables);
                    perRun.add(tables.size());
                }
                assertEquals(created.size(), new java.util.HashSet<>(created).size(), "no table was created twice");
                assertTrue(created.contains("plugin_data"), () -> "created: " + created);
                assertTrue(perRun.contains(0), () -> "one run built the schema, the other found it done: " + perRun);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /**
     * The sync of a new PostgreSQL database is one transaction (one commit instead of hundreds): held
     * up at its last table by another connection that creates a table of that name and has not
     * committed, it has made none of the others visible yet; once that connection gives way, all.
     */
    @Test
    void onPostgresqlAnotherConnectionSeesTheNewSchemaWholeOrNotAtAll() throws Exception {
        List<String> created;
        int wholeSchema; // the entity tables and Botstore's own (the message counters)
        try (TestDatabase order = TestDatabase.create(DbType.POSTGRESQL); Connection c = order.connection()) {
            created = sync(order).actions().stream().filter(a -> a.kind().equals("create_table"))
                    .map(SchemaAction::table).toList();
            wholeSchema = tables(c);
        }
        String last = created.get(created.size() - 1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (TestDatabase db = TestDatabase.create(DbType.POSTGRESQL);
             Connection blocker = db.connection(); Connection observer = db.connection()) {
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.execute("CREATE TABLE " + last + " (id INTEGER)");
            }
            Future<SchemaReport> run = pool.submit(() -> sync(db));
            awaitWaitingForALock(observer, run);

            assertEquals(0, tables(observer), "no table of the unfinished sync is visible");
            blocker.rollback();
            SchemaReport report = run.get();
            assertTrue(report.warnings().isEmpty(), () -> "warnings: " + report.warnings());
            assertEquals(wholeSchema, tables(observer), "every table is there once the sync is done");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Until a session of this database waits for a lock: the sync, held up by the blocker. */
    private static void awaitWaitingForALock(Connection observer, Future<SchemaReport> run) throws Exception {
        while (true) {
            try (Statement st = observer.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity"
                         + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            if (run.isDone()) {
                throw new AssertionError("the sync ended without waiting for the blocker: " + run.get());
            }
            Thread.sleep(10);
        }
    }

    private static int tables(Connection c) throws Exception {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static SchemaReport sync(TestDatabase db) throws Exception {
        try (Connection c = db.connection()) {
            return SchemaSync.run(session(db), c, db.name(), null);
        }
    }

    static AbstractSession session(TestDatabase db) {
        return (AbstractSession) JpaHelper.getServerSession(db.emf());
    }

    private static boolean has(SchemaReport report, String kind, String name) {
        for (SchemaAction action : report.actions()) {
            if (action.kind().equals(kind) && action.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean columnExists(TestDatabase db, String column) throws Exception {
        try (Connection c = db.connection();
             ResultSet rs = c.getMetaData().getColumns(db.type() == DbType.MYSQL ? c.getCatalog() : null,
                     db.type() == DbType.POSTGRESQL ? c.getSchema() : null, "plugin_data", column)) {
            return rs.next();
        }
    }
}
