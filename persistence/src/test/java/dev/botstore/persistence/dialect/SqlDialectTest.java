package dev.botstore.persistence.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The per-backend SQL of the dialect, run on each backend for real rather than compared as text. */
class SqlDialectTest {

    private static final String TABLE = "CREATE TABLE terms (id INTEGER PRIMARY KEY, k VARCHAR(20) NOT NULL,"
            + " n INTEGER, flag BOOLEAN, %s VARCHAR(20), CONSTRAINT terms_k UNIQUE (k))";

    @ParameterizedTest
    @EnumSource(DbType.class)
    void theDialectOfAnEntityManagerIsTheSharedOneOfItsBackend(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            assertSame(SqlDialect.of(type), db.inTransaction(SqlDialect::of));
            assertEquals(type, SqlDialect.of(type).type());
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anUpsertChangesOnlyTheNamedColumnsAndWithNoneLeavesTheRowAsItIs(DbType type) throws Exception {
        SqlDialect dialect = SqlDialect.of(type);
        try (TestDatabase db = TestDatabase.create(type); Connection c = db.connection()) {
            create(c, dialect);
            String insert = "INSERT INTO terms (id, k, n, " + dialect.quote("timestamp") + ") VALUES (?, ?, ?, ?)";
            write(c, insert + dialect.onConflict(List.of("k"), List.of("n")), 1, "a", 1, "first");
            write(c, insert + dialect.onConflict(List.of("k"), List.of("n")), 2, "a", 2, "second");
            assertEquals(List.of("1 a 2 first"), rows(c, dialect));
            write(c, insert + dialect.onConflict(List.of("k"), List.of()), 3, "a", 3, "third");
            assertEquals(List.of("1 a 2 first"), rows(c, dialect));
            write(c, insert + dialect.onConflictUpdate(List.of("k")) + "n = " + dialect.existing("terms", "n") + " + "
                    + dialect.inserted("n"), 4, "a", 10, "fourth");
            assertEquals(List.of("1 a 12 first"), rows(c, dialect));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void anInsertUnlessExistsOrIgnoringSkipsTheDuplicateAndTellsBy0Rows(DbType type) throws Exception {
        SqlDialect dialect = SqlDialect.of(type);
        try (TestDatabase db = TestDatabase.create(type); Connection c = db.connection()) {
            create(c, dialect);
            String insert = "INSERT INTO terms (id, k, n) VALUES (?, ?, ?)";
            assertEquals(1, write(c, dialect.insertUnlessExists(insert, List.of("k")), 1, "a", 1));
            assertEquals(0, write(c, dialect.insertUnlessExists(insert, List.of("k")), 2, "a", 2));
            String ignoring = dialect.insertIgnoring("terms", "id, k, n", "?, ?, ?");
            assertEquals(0, write(c, ignoring, 3, "a", 3));
            assertEquals(1, write(c, ignoring, 4, "b", 4));
            assertEquals(List.of("1 a 1 null", "4 b 4 null"), rows(c, dialect));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aPageSkipsTheOffsetAndALimitCapsTheRows(DbType type) throws Exception {
        SqlDialect dialect = SqlDialect.of(type);
        try (TestDatabase db = TestDatabase.create(type); Connection c = db.connection()) {
            create(c, dialect);
            for (int i = 1; i <= 5; i++) {
                write(c, "INSERT INTO terms (id, k, n) VALUES (?, ?, ?)", i, "k" + i, i);
            }
            assertEquals(List.of(3, 4), ids(c, "SELECT id FROM terms ORDER BY id" + dialect.page(2, 2)));
            assertEquals(List.of(1), ids(c, "SELECT id FROM terms ORDER BY id" + dialect.limit(1)));
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void aLockingReadAndATypedNullParameterAreAccepted(DbType type) throws Exception {
        SqlDialect dialect = SqlDialect.of(type);
        try (TestDatabase db = TestDatabase.create(type); Connection c = db.connection()) {
            create(c, dialect);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO terms (id, k, flag) VALUES (1, 'a', "
                    + dialect.typed("?", "BOOLEAN") + ")")) {
                ps.setNull(1, Types.VARCHAR);
                ps.executeUpdate();
            }
            c.setAutoCommit(false);
            assertEquals(List.of(1), ids(c, "SELECT id FROM terms WHERE flag IS NULL ORDER BY id" + dialect.limit(1)
                    + dialect.forUpdate()));
            c.rollback();
        }
    }

    private static void create(Connection c, SqlDialect dialect) throws SQLException {
        try (var s = c.createStatement()) {
            s.execute(TABLE.formatted(dialect.quote("timestamp")));
        }
    }

    private static int write(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps.executeUpdate();
        }
    }

    private static List<String> rows(Connection c, SqlDialect dialect) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, k, n, " + dialect.quote("timestamp")
                + " FROM terms ORDER BY id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getString(4));
            }
        }
        return rows;
    }

    private static List<Integer> ids(Connection c, String sql) throws SQLException {
        List<Integer> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getInt(1));
            }
        }
        return ids;
    }
}
