package dev.botstore.persistence.expression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The expression queries: filtered, ordered pattern pages, and the locked read of an unkeyed name. */
class ExpressionStoreTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void patternsOfAPersonaComeHeaviestFirstFilteredByGroupUserAndActivity(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            db.inTransaction(em -> {
                ExpressionStore store = new ExpressionStore(em);
                store.save(pattern("g1", null, 1.0, 100), true);
                store.save(pattern("g1", null, 3.0, 200), true);
                store.save(pattern("g1", "u", 5.0, 300), true);
                store.save(pattern("g2", null, 2.0, 400), true);
                return null;
            });
            List<Double> weights = db.inTransaction(em -> new ExpressionStore(em)
                    .patterns("default", "g1", null, null, 10, 0).stream().map(ExpressionPattern::getWeight).toList());
            assertEquals(List.of(3.0, 1.0), weights);
            assertEquals(List.of(2.0), db.inTransaction(em -> new ExpressionStore(em)
                    .patterns("default", null, null, 150.0, 1, 1).stream().map(ExpressionPattern::getWeight).toList()),
                    "active since 150, without user (3.0 and 2.0), the second page of one");
            assertEquals(List.of(5.0), db.inTransaction(em -> new ExpressionStore(em)
                    .patterns("default", null, "u", null, 10, 0).stream().map(ExpressionPattern::getWeight).toList()));
            assertArrayEquals(new long[] {4, 2}, db.inTransaction(em -> new ExpressionStore(em).statistics()));
            assertEquals(3, db.inTransaction(em -> new ExpressionStore(em).allPatterns(3, 0)).size());
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void theLockedReadOfANameFindsItsOldestRowOrNone(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            db.execute("INSERT INTO style_profiles (profile_name, vocabulary_richness) VALUES ('twice', 1)");
            db.execute("INSERT INTO style_profiles (profile_name, vocabulary_richness) VALUES ('twice', 2)");
            assertEquals(1.0, db.inTransaction(em -> new ExpressionStore(em).lockStyleProfile("twice"))
                    .orElseThrow().getVocabularyRichness());
            assertEquals(true, db.inTransaction(em -> new ExpressionStore(em).lockLanguageStyle("none")).isEmpty());
        }
    }

    private static ExpressionPattern pattern(String group, String user, double weight, double active) {
        ExpressionPattern row = new ExpressionPattern();
        row.setGroupId(group);
        row.setUserId(user);
        row.setSituation("s");
        row.setExpression("e");
        row.setWeight(weight);
        row.setLastActiveTime(active);
        row.setCreateTime(active);
        return row;
    }
}
