package dev.botstore.persistence.jargon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.jargon.JargonData;
import dev.botstore.api.jargon.JargonFilter;
import dev.botstore.persistence.affection.AffectionStore;
import dev.botstore.persistence.affection.UserAffection;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.social.SocialStore;
import dev.botstore.persistence.support.TestDatabase;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The native statements of the jargon, affection and social stores run on every backend. */
class CommunityStoresTest {

    private static JargonData data(Set<String> sent, String meaning, String raw, Boolean isJargon, Long count,
                                   Boolean complete) {
        return new JargonData(sent, null, raw, meaning, isJargon, count, null, complete, null, null, null, null);
    }

    @Test
    void contextsAreCutAtSixtyThousandBytesOnACharacterBoundary() {
        assertEquals("short", JargonStore.truncate("short"));
        String cut = JargonStore.truncate("é".repeat(40_000));
        assertTrue(cut.endsWith(JargonStore.TRUNCATED));
        int bytes = cut.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertTrue(bytes <= JargonStore.MAX_TEXT_BYTES && bytes > JargonStore.MAX_TEXT_BYTES - 16, "bytes " + bytes);
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void jargonUpsertHonoursTheLock(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            Set<String> all = Set.of("meaning", "raw_content", "is_jargon", "count", "is_complete");
            db.inTransaction(em -> {
                new JargonStore(em).upsert("g", "yyds", data(all, "auto", "[\"ctx\"]", true, 5L, false), 100);
                return null;
            });
            db.inTransaction(em -> {
                JargonStore store = new JargonStore(em);
                Jargon row = store.find("g", "yyds").orElseThrow();
                assertEquals(5, row.getCount());
                em.createNativeQuery("UPDATE jargon SET meaning = 'manual', is_complete = true WHERE id = ?1")
                        .setParameter(1, row.getId()).executeUpdate();
                return null;
            });
            db.inTransaction(em -> {
                new JargonStore(em).upsert("g", "yyds", data(all, "new", "[\"x\"]", false, 1L, false), 200);
                return null;
            });
            db.inTransaction(em -> {
                JargonStore store = new JargonStore(em);
                Jargon row = store.find("g", "yyds").orElseThrow();
                assertEquals("manual", row.getMeaning());
                assertEquals("[\"ctx\"]", row.getRawContent());
                assertEquals(Boolean.TRUE, row.getIsJargon());
                assertEquals(Boolean.TRUE, row.getIsComplete());
                assertEquals(6, row.getCount());
                assertEquals(200L, row.getUpdatedAt());
                assertFalse(store.insertIfAbsent("g", "yyds", "[]", null, null, 1, 0, false, false, 1, 1));
                assertTrue(store.setGlobal(row.getId(), true, 300));
                assertEquals(1, store.copyGlobalInto("h", 400));
                assertEquals(0, store.copyGlobalInto("h", 400));
                assertEquals(1, store.search("DS", new JargonFilter(null, true, false, true, false), 10).size());
                assertEquals(List.of("yyds", "yyds"), store.contents(new JargonFilter(null, null, false, false, false)));
                assertEquals(2, store.count(new JargonFilter("h", null, false, false, false)) + 1);
                assertEquals(2L, JargonStore.number(store.statistics(null)[0]));
                assertEquals(2, store.groups().size());
                assertEquals(1, store.recent(new JargonFilter("h", true, false, false, true), 10, 0).size());
                assertTrue(store.delete(row.getId()));
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void affectionAndSocialUpserts(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            db.inTransaction(em -> {
                AffectionStore store = new AffectionStore(em);
                store.setLevel("g", "u", 150, 100, 10);
                assertEquals(100, store.find("g", "u").orElseThrow().getAffectionLevel());
                store.setLevel("g", "u", -5, 100, 11);
                UserAffection row = store.find("g", "u").orElseThrow();
                assertEquals(0, row.getAffectionLevel());
                store.saveMood("g", "happy", 0.5, "d", 1000, 4600.0, LocalDateTime.now());
                assertTrue(store.moodAt("g", 2000).isPresent());
                assertTrue(store.moodAt("g", 4601).isEmpty());
                store.saveMood("g2", "calm", 0.5, "the original's mood: no end", 1000, null, LocalDateTime.now());
                assertTrue(store.moodAt("g2", 1_000_000_000).isPresent(), "lasts until the next one");
                assertEquals(0, store.total("g")[0]);
                return null;
            });
            db.inTransaction(em -> {
                SocialStore store = new SocialStore(em);
                Map<String, Object> values = new LinkedHashMap<>();
                values.put("qq_name", "n");
                values.put("nicknames", "[]");
                values.put("last_active", null);
                store.upsertProfile("q", values, List.of("qq_name", "last_active"), LocalDateTime.now());
                store.upsertProfile("q", values, List.of("qq_name", "last_active"), LocalDateTime.now());
                Map<String, Object> prefs = new LinkedHashMap<>();
                prefs.put("favorite_topics", "[]");
                prefs.put("adaptive_rate", 0.5);
                prefs.put("updated_at", 5.0);
                store.upsertPreferences("u", "g", prefs, List.of("adaptive_rate"), LocalDateTime.now());
                store.upsertPreferences("u", "g", prefs, List.of("adaptive_rate"), LocalDateTime.now());
                int profile = store.lockSocialProfile("a", "g", 10);
                assertEquals(profile, store.lockSocialProfile("a", "g", 11));
                assertTrue(store.relation("g", "a", "b", "friend").isEmpty());
                store.insertRelation(profile, "g", "a", "b", "friend", 0.5, 1, 10, "", 10);
                Object[] rel = store.relation("g", "a", "b", "friend").orElseThrow();
                store.updateRelation(((Number) rel[0]).intValue(), 0.8, 2, 12, "x");
                store.recount(profile, 0.7, 12);
                assertEquals(1, store.relations("g", 10, 0).size());
                assertEquals(1, store.relationsOf("g", "b").size());
                return null;
            });
        }
    }
}
