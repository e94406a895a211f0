package dev.botstore.persistence.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.api.pluginstore.StoreKey;
import dev.botstore.persistence.pluginstore.PluginDataStore;
import dev.botstore.persistence.dialect.SqlDialect;
import dev.botstore.persistence.support.TestDatabase;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** setFirstResult/setMaxResults page in the database on every backend, SQLite's own platform included. */
class PagingTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void pagesFollowEachOtherWithoutGapsOrRepeats(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            LocalDateTime now = LocalDateTime.now();
            try (Connection connection = db.connection()) {
                PluginDataStore store = new PluginDataStore(connection, SqlDialect.of(type));
                for (int i = 0; i < 7; i++) {
                    store.upsert(new StoreKey("test.paging", "", "", "k" + i), "v", now, null);
                }
            }
            assertEquals(List.of("k0", "k1", "k2"), page(db, 0, 3));
            assertEquals(List.of("k3", "k4", "k5"), page(db, 3, 3));
            assertEquals(List.of("k6"), page(db, 6, 3));
            assertEquals(List.of("k5", "k6"), page(db, 5, 0));
            assertEquals(List.of("k0", "k1"), page(db, 0, 2));
        }
    }

    private static List<String> page(TestDatabase db, int first, int max) {
        return db.inTransaction(em -> {
            var query = em.createQuery("SELECT p.dataKey FROM PluginData p ORDER BY p.dataKey", String.class)
                    .setFirstResult(first);
            if (max > 0) {
                query.setMaxResults(max);
            }
            return query.getResultList();
        });
    }
}
