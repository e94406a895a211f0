package dev.botstore.persistence.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.admin.SchemaReport;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.message.RawMessage;
import dev.botstore.persistence.support.SchemaSnapshot;
import dev.botstore.persistence.support.TestDatabase;
import dev.botstore.persistence.support.UpstreamFixture;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database of the original with a row in each of its 59 tables (non-ASCII text, a 100 KB text in
 * the MEDIUMTEXT column of MySQL, fractional epoch seconds, binary values, date-times with
 * microseconds where the backend keeps them) is adopted: the report lists exactly the expected
 * changes, every row reads back through JPA with the values the original wrote, and epoch seconds
 * with a fraction written through JPA afterwards read back exactly, on MySQL too (widened to DOUBLE).
 */
class UpstreamRowsAdoptionTest {

    /** MySQL's DATETIME of the original keeps whole seconds; PostgreSQL and SQLite keep microseconds. */
    private static final LocalDateTime WHEN = LocalDateTime.of(2024, 5, 6, 7, 8, 9, 123_456_000);
    private static final LocalDateTime WHEN_MYSQL = WHEN.withNano(0);
    /** Today's epoch seconds with a fraction: what the original's Float columns hold on PostgreSQL and SQLite. */
    private static final double EPOCH_SECONDS = 1733456789.123456;
    /** The same in the original's single-precision MySQL FLOAT, which has no room for a fraction. */
    private static final double EPOCH_SECONDS_MYSQL_FLOAT = 1733456768.0;
    /** Over 64 KB, MySQL's TEXT: the original's one MEDIUMTEXT column holds it (exemplar.embedding_json). */
    static final String LARGE = "向量 ü 😀 0.125, ".repeat(100 * 1024 / 16);

    @ParameterizedTest
    @EnumSource(DbType.class)
    void everyRowOfTheOriginalReadsBackThroughJpaAfterTheSync(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            UpstreamFixture.load(db);
            Map<String, SchemaSnapshot.Table> original = UpstreamParityTest.snapshot(db);
            Map<String, Map<String, Object>> written = new HashMap<>();
            try (Connection c = db.connection()) {
                for (String table : UpstreamFixture.tables(type)) {
                    written.put(table, insertRow(c, type, table, original.get(table)));
                }
            }

            SchemaReport report = SchemaSyncTest.sync(db);

            assertTrue(report.warnings().isEmpty(), () -> "warnings: " + report.warnings());
            List<ClassDescriptor> entities = entities(db, written.keySet());
            TreeSet<String> withEntity = new TreeSet<>();
            entities.forEach(d -> withEntity.add(d.getTableName().toLowerCase(Locale.ROOT)));
            // Botstore's own tables are simply created (the counters and breakdowns with their triggers, in
            // one action: OwnCountersTest); on the original's tables only the widenings
            for (String own : UpstreamParityTest.BOTSTORE_TABLES) {
                assertTrue(report.actions().stream().anyMatch(a -> a.kind().equals("create_table") && a.table().equals(own)
                        || a.kind().equals("create_counters") && a.statement().contains("CREATE TABLE IF NOT EXISTS " + own + " ")),
                        own);
            }
            TreeSet<String> actions = report.actions().stream()
                    .filter(a -> !UpstreamParityTest.BOTSTORE_TABLES.contains(a.table()))
                    .filter(a -> !a.name().startsWith(OwnIndexes.PREFIX)) // OwnIndexesTest
                    .map(a -> a.kind() + " " + a.table() + "." + a.name())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
            TreeSet<String> expected = expectedActions(type, withEntity);
            TreeSet<String> unexpected = new TreeSet<>(actions);
            unexpected.removeAll(expected);
            expected.removeAll(actions);
            assertTrue(unexpected.isEmpty() && expected.isEmpty(),
                    () -> "unexpected actions: " + unexpected + "\nmissing actions: " + expected);

            List<String> differences = new ArrayList<>();
            int compared = 0;
            EntityManager em = db.emf().createEntityManager();
            try {
                for (ClassDescriptor descriptor : entities) {
                    String table = descriptor.getTableName().toLowerCase(Locale.ROOT);
                    List<?> rows = em.createQuery("SELECT e FROM " + descriptor.getAlias() + " e").getResultList();
                    if (rows.size() != 1) {
                        differences.add(table + ": " + rows.size() + " rows");
                        continue;
                    }
                    for (DatabaseMapping mapping : descriptor.getMappings()) {
                        if (mapping instanceof DirectToFieldMapping direct) {
                            String column = direct.getFieldName().toLowerCase(Locale.ROOT);
                            Object want = written.get(table).get(column);
                            Object got = direct.getAttributeValueFromObject(rows.get(0));
                            compared++;
                            if (want != null && !same(want, got)) {
                                differences.add(table + "." + column + ": read " + describe(got) + ", wrote " + describe(want));
                            }
                        }
                    }
                }
            } finally {
                em.close();
            }
            TreeSet<String> missing = new TreeSet<>(written.keySet());
            missing.removeAll(withEntity);
            if (!missing.isEmpty()) {
                System.err.println("[adoption " + type.id() + "] tables without an entity yet (" + missing.size() + "): " + missing);
            }
            missing.removeAll(UpstreamParityTest.PENDING_FILES_1_TO_6);
            missing.removeAll(UpstreamParityTest.PENDING_FILES_7_TO_15);
            assertTrue(missing.isEmpty(), () -> "tables without an entity: " + missing);
            assertEquals(59, withEntity.size(), "a row in each of the original's tables, read through its entity");
            assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
            System.err.println("[adoption " + type.id() + "] " + compared + " column values read back as written");

            List<String> epochs = fractionalEpochsRoundTrip(db, entities);
            assertEquals(39, epochs.size(), () -> "fractional epoch columns: " + epochs);
        }
    }

    /** After the sync a MySQL text column holds more than the original's 64 KB TEXT. */
    @ParameterizedTest
    @EnumSource(DbType.class)
    void aHundredKilobyteMessageIsStoredWhole(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.create(type)) {
            UpstreamFixture.load(db);
            SchemaSyncTest.sync(db);
            String large = "消息 with ü and 😀 ".repeat(100 * 1024 / 20);
            EntityManager em = db.emf().createEntityManager();
            RawMessage message = new RawMessage();
            message.setSenderId("u1");
            message.setMessage(large);
            message.setTimestamp(1700000000L);
            message.setCreatedAt(1700000001L);
            try {
                em.getTransaction().begin();
                em.persist(message);
                em.getTransaction().commit();
            } finally {
                em.close();
            }
            EntityManager reader = db.emf().createEntityManager();
            try {
                assertEquals(large, reader.find(RawMessage.class, message.getId()).getMessage());
            } finally {
                reader.close();
            }
        }
    }

    /**
     * Sets every {@link EpochTime} Double attribute of the adopted rows to its own fractional epoch
     * through JPA, then reads each back through JPA and by plain JDBC: the exact value, on every
     * backend. Returns the columns checked.
     */
    private static List<String> fractionalEpochsRoundTrip(TestDatabase db, List<ClassDescriptor> entities) throws Exception {
        Map<String, Double> written = new java.util.TreeMap<>();
        db.inTransaction(em -> {
            for (ClassDescriptor descriptor : entities) {
                Object row = em.createQuery("SELECT e FROM " + descriptor.getAlias() + " e").getSingleResult();
                for (DatabaseMapping mapping : descriptor.getMappings()) {
                    if (mapping instanceof DirectToFieldMapping direct && isFractionalEpoch(descriptor, direct)) {
                        double value = EPOCH_SECONDS + written.size() / 1024.0 + 0.000001;
                        direct.setAttributeValueInObject(row, value);
                        written.put(descriptor.getTableName().toLowerCase(Locale.ROOT) + "." + direct.getFieldName()
                                .toLowerCase(Locale.ROOT), value);
                    }
                }
            }
            return null;
        });
        List<String> differences = new ArrayList<>();
        EntityManager em = db.emf().createEntityManager();
        try (Connection c = db.connection(); java.sql.Statement st = c.createStatement()) {
            for (ClassDescriptor descriptor : entities) {
                Object row = em.createQuery("SELECT e FROM " + descriptor.getAlias() + " e").getSingleResult();
                for (DatabaseMapping mapping : descriptor.getMappings()) {
                    if (mapping instanceof DirectToFieldMapping direct && isFractionalEpoch(descriptor, direct)) {
                        String table = descriptor.getTableName().toLowerCase(Locale.ROOT);
                        String column = direct.getFieldName().toLowerCase(Locale.ROOT);
                        double want = written.get(table + "." + column);
                        Object jpa = direct.getAttributeValueFromObject(row);
                        double jdbc;
                        try (java.sql.ResultSet rs = st.executeQuery("SELECT " + column + " FROM " + table)) {
                            rs.next();
                            jdbc = rs.getDouble(1);
                        }
                        if (!Double.valueOf(want).equals(jpa) || jdbc != want) {
                            differences.add(table + "." + column + ": wrote " + want + ", JPA reads " + jpa + ", JDBC " + jdbc);
                        }
                    }
                }
            }
        } finally {
            em.close();
        }
        assertTrue(differences.isEmpty(), () -> db.type().id() + ":\n" + String.join("\n", differences));
        return List.copyOf(written.keySet());
    }

    private static boolean isFractionalEpoch(ClassDescriptor descriptor, DirectToFieldMapping mapping) {
        try {
            java.lang.reflect.Field field = descriptor.getJavaClass().getDeclaredField(mapping.getAttributeName());
            return field.isAnnotationPresent(EpochTime.class) && field.getType() == Double.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    static TreeSet<String> expectedActions(DbType type, TreeSet<String> withEntity) {
        TreeSet<String> expected = new TreeSet<>();
        if (type == DbType.MYSQL) {
            for (Map<String, java.util.Set<String>> widened : List.of(UpstreamParityTest.MYSQL_LONGTEXT,
                    UpstreamParityTest.MYSQL_DOUBLE)) {
                widened.forEach((table, columns) -> {
                    if (withEntity.contains(table)) {
                        columns.forEach(c -> expected.add("widen_column " + table + "." + c));
                    }
                });
            }
        }
        return expected;
    }

    private static List<ClassDescriptor> entities(TestDatabase db, java.util.Set<String> tables) {
        List<ClassDescriptor> found = new ArrayList<>();
        for (ClassDescriptor d : SchemaSyncTest.session(db).getProject().getOrderedDescriptors()) {
            if (d.getTableName() != null && tables.contains(d.getTableName().toLowerCase(Locale.ROOT))) {
                found.add(d);
            }
        }
        return found;
    }

    /** One row with a value in every column; returns the values by column. */
    private static Map<String, Object> insertRow(Connection c, DbType type, String table, SchemaSnapshot.Table shape)
            throws Exception {
        Map<String, Object> values = new HashMap<>();
        List<String> columns = new ArrayList<>();
        List<Object> binds = new ArrayList<>();
        for (Map.Entry<String, SchemaSnapshot.Column> entry : shape.columns().entrySet()) {
            String column = entry.getKey();
            SchemaSnapshot.Column col = entry.getValue();
            if (col.identity()) {
                continue;
            }
            boolean foreignKey = shape.foreignKeys().stream().anyMatch(fk -> fk.startsWith(column + " -> "));
            Object value = value(type, table, column, col.family(), foreignKey);
            if (table.equals("exemplar") && column.equals("embedding_json")) {
                value = LARGE;
            }
            columns.add(type == DbType.MYSQL ? "`" + column + "`" : "\"" + column + "\"");
            binds.add(value);
            values.put(column, col.family().equals("datetime") ? (type == DbType.MYSQL ? WHEN_MYSQL : WHEN) : value);
        }
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object bind : binds) {
                if (bind instanceof Json json) {
                    if (type == DbType.POSTGRESQL) {
                        ps.setObject(i++, json.text(), Types.OTHER);
                    } else {
                        ps.setString(i++, json.text());
                    }
                } else {
                    ps.setObject(i++, bind);
                }
            }
            ps.executeUpdate();
        }
        values.replaceAll((k, v) -> v instanceof Json json ? json.text() : v);
        return values;
    }

    private record Json(String text) {
    }

    private static Object value(DbType type, String table, String column, String family, boolean foreignKey) {
        if (family.startsWith("varchar(")) {
            int size = Integer.parseInt(family.substring(8, family.length() - 1));
            String text = "群-ü-" + column;
            return text.length() > size ? text.substring(0, size) : text;
        }
        return switch (family) {
            case "integer" -> foreignKey ? 1 : 7;
            case "bigint" -> 1700000000L;
            // the original's MySQL FLOAT is single precision: an epoch there is a whole multiple of 128 s
            case "double" -> EPOCH_SECONDS;
            case "float" -> UpstreamParityTest.MYSQL_DOUBLE.getOrDefault(table, java.util.Set.of()).contains(column)
                    ? EPOCH_SECONDS_MYSQL_FLOAT : 0.625;
            case "text", "mediumtext", "longtext" -> "非 ASCII ✓ 😀 " + table + "." + column;
            case "boolean" -> Boolean.TRUE;
            // SQLite: the text SQLAlchemy writes; elsewhere a real date-time
            case "datetime" -> switch (type) {
                case SQLITE -> "2024-05-06 07:08:09.123456";
                case POSTGRESQL -> Timestamp.valueOf(WHEN);
                case MYSQL -> Timestamp.valueOf(WHEN_MYSQL);
            };
            case "json" -> new Json("{\"k\": \"值\"}");
            case "blob", "bytea" -> new byte[] {1, 2, 0, (byte) 0xff};
            default -> throw new IllegalStateException(table + "." + column + ": no sample for " + family);
        };
    }

    private static boolean same(Object want, Object got) {
        if (got == null) {
            return false;
        }
        if (want instanceof byte[] a && got instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        if (want instanceof Timestamp t) {
            return t.toLocalDateTime().equals(got);
        }
        if (want instanceof Number a && got instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        return want.equals(got);
    }

    private static String describe(Object value) {
        return value instanceof byte[] b ? Arrays.toString(b) : value + (value == null ? "" : " (" + value.getClass().getSimpleName() + ")");
    }
}
