package dev.botstore.persistence.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.persistence.admin.DataTable;
import dev.botstore.persistence.admin.DataTables;
import dev.botstore.persistence.config.DbType;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Table-level work gets one connection, given back afterwards, and a database failure names the
 * work with the database's reason; the entity model read from a unit lists the data tables.
 */
class ConnectionWorkTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void workRunsOnOneConnectionThatIsClosedAfterIt(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            AtomicReference<Connection> used = new AtomicReference<>();
            int answer = ConnectionWork.run(db.dataSource(), "asking", c -> {
                used.set(c);
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT 41 + 1")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertEquals(42, answer);
            assertTrue(used.get().isClosed());
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aDatabaseFailureNamesTheWorkAndTheDatabasesReason(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            IllegalStateException failure = assertThrows(IllegalStateException.class,
                    () -> ConnectionWork.run(db.dataSource(), "counting the void", c -> {
                        try (Statement st = c.createStatement()) {
                            return st.executeQuery("SELECT COUNT(*) FROM no_such_table").next();
                        }
                    }));
            assertTrue(failure.getMessage().startsWith("counting the void failed: "), failure.getMessage());
            assertTrue(failure.getMessage().toLowerCase().contains("no_such_table"), failure.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DbType.class, names = "SQLITE")
    void theUnitsEntityModelListsTheDataTablesParentsFirst(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<String> tables = DataTables.parentsFirst(UnitModel.project(db.emf())).stream()
                    .map(DataTable::name).toList();
            assertTrue(tables.contains("jargon"), tables.toString());
            assertTrue(tables.indexOf("jargon") < tables.indexOf("jargon_usage_frequency"), tables.toString());
        }
    }
}
