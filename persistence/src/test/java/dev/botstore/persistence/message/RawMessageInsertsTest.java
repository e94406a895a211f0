package dev.botstore.persistence.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.botstore.api.message.RawMessageInput;
import dev.botstore.persistence.config.DbType;
import dev.botstore.persistence.support.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Many statements of many rows each, and every id lines up with its message. */
class RawMessageInsertsTest {

    @ParameterizedTest
    @EnumSource(DbType.class)
    void idsComeBackInInputOrder(DbType type) throws Exception {
        try (TestDatabase db = TestDatabase.synced(type)) {
            List<RawMessageInput> input = new ArrayList<>();
            for (int i = 0; i < 450; i++) {
                input.add(new RawMessageInput("u" + i, i % 2 == 0 ? null : "名" + i, i % 3 == 0 ? "" : "qq" + i,
                        "message " + i, "g1", 1_700_000_000L + (i * 7919L) % 1000, null, null, null));
            }
            List<Integer> first = db.inTransaction(em -> new RawMessageInserts(em).insert(input, 1_800_000_000L));
            List<Integer> second = db.inTransaction(em -> new RawMessageInserts(em).insert(input.subList(0, 3), 5L));
            assertEquals(450, first.size());
            assertEquals(3, second.size());
            db.inTransaction(em -> {
                for (int i = 0; i < input.size(); i++) {
                    RawMessage row = em.find(RawMessage.class, first.get(i));
                    assertEquals("message " + i, row.getMessage());
                    assertEquals("u" + i, row.getSenderId());
                    assertEquals(i % 2 == 0 ? "" : "名" + i, row.getSenderName());
                    assertEquals(i % 3 == 0 ? null : "qq" + i, row.getSenderQq());
                    assertEquals(input.get(i).timestamp(), row.getTimestamp());
                    assertEquals(1_800_000_000L, row.getCreatedAt());
                    assertEquals(Boolean.FALSE, row.getProcessed());
                }
                assertEquals("message 2", em.find(RawMessage.class, second.get(2)).getMessage());
                return null;
            });
        }
    }
}
