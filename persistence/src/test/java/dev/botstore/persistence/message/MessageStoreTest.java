package dev.botstore.persistence.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The message listings page in time order with the id breaking ties, a group filter of null or
 * empty meaning every group; marking messages processed reaches past one statement's chunk of ids
 * and tells which ids exist.
 */
class MessageStoreTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void listingsPageInTimeOrderWithTheIdBreakingTies(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<Integer> raw = db.inTransaction(em -> {
                MessageStore store = new MessageStore(em);
                List<Integer> ids = new ArrayList<>();
                ids.add(store.insert(raw("g", 10, true)).getId());
                ids.add(store.insert(raw("g", 20, false)).getId());
                ids.add(store.insert(raw("g", 20, true)).getId());
                ids.add(store.insert(raw("other", 30, true)).getId());
                store.insert(filtered("g", 5));
                store.insert(filtered("other", 5));
                store.insert(bot("g", 7, "first"));
                store.insert(bot("g", 7, "second"));
                store.insert(bot("other", 9, "elsewhere"));
                return ids;
            });
            db.inTransaction(em -> {
                MessageStore store = new MessageStore(em);
                assertEquals(List.of(raw.get(2), raw.get(1), raw.get(0)), ids(store.recentRaw("g", 10, 0)));
                assertEquals(List.of(raw.get(3), raw.get(2)), ids(store.recentRaw("", 2, 0)));
                assertEquals(List.of(raw.get(1)), ids(store.recentRaw(null, 1, 2)));
                assertEquals(List.of(raw.get(1), raw.get(2)), ids(store.timerange("g", 20, 30, 10, 0)));
                assertEquals(List.of(raw.get(0)), ids(store.timerange("g", 0, 10, 10, 0)));
                assertEquals(List.of("g"), store.recentFiltered("g", 10, 0).stream().map(FilteredMessage::getGroupId).toList());
                assertEquals(2, store.recentFiltered(null, 10, 0).size());
                assertEquals(List.of("second", "first"), store.recentBotResponses("g", 10, 0));
                assertEquals(List.of("first"), store.recentBotResponses("g", 1, 1));
                return null;
            });
        }
    }

    @ParameterizedTest
    @EnumSource(DbType.class)
    void markingProcessedReachesPastOneChunkAndTellsWhichIdsExist(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<Integer> raw = db.inTransaction(em -> {
                MessageStore store = new MessageStore(em);
                return List.of(store.insert(raw("g", 1, false)).getId(), store.insert(raw("g", 2, false)).getId());
            });
            List<Integer> asked = new ArrayList<>(IntStream.range(1_000_000, 1_001_500).boxed().toList());
            asked.add(raw.get(1));
            Set<Integer> existing = db.inTransaction(em -> new MessageStore(em).markProcessed(asked));
            assertEquals(Set.of(raw.get(1)), existing);
            assertEquals(List.of(raw.get(1)), db.inTransaction(em -> ids(new MessageReads(em).forReplay("g", 0, 10, 0))));
        }
    }

    private static List<Integer> ids(List<RawMessage> rows) {
        return rows.stream().map(RawMessage::getId).toList();
    }

    private static RawMessage raw(String group, long at, boolean processed) {
        RawMessage row = new RawMessage();
        row.setSenderId("u");
        row.setMessage("m" + at);
        row.setGroupId(group);
        row.setTimestamp(at);
        row.setCreatedAt(at);
        row.setProcessed(processed);
        return row;
    }

    private static FilteredMessage filtered(String group, long at) {
        FilteredMessage row = new FilteredMessage();
        row.setMessage("f");
        row.setSenderId("u");
        row.setGroupId(group);
        row.setTimestamp(at);
        row.setCreatedAt(at);
        row.setProcessed(false);
        return row;
    }

    private static BotMessage bot(String group, long at, String text) {
        BotMessage row = new BotMessage();
        row.setGroupId(group);
        row.setMessage(text);
        row.setTimestamp(at);
        row.setCreatedAt(at);
        return row;
    }
}
