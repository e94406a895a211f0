package dev.botstore.web.pluginstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.pluginstore.BatchOperation;
import dev.botstore.api.pluginstore.Precondition;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRequestTest {

    @Test
    void readsEveryFieldOfEveryOperation() {
        List<BatchOperation> ops = BatchRequest.parse("{\"operations\": ["
                + "{\"op\": \"SET\", \"key\": \"a\", \"value\": \"1\", \"ttl_seconds\": 60, \"if_match\": \"\\\"2\\\"\"},"
                + "{\"op\": \"get\", \"key\": \"b\"}, {\"op\": \"delete\", \"key\": \"c\", \"if_match\": 4}]}");
        assertEquals(new BatchOperation(BatchOperation.Kind.SET, "a", "1", 60L, Precondition.version(2)), ops.get(0));
        assertEquals(new BatchOperation(BatchOperation.Kind.GET, "b", null, null, Precondition.NONE), ops.get(1));
        assertEquals(Precondition.version(4), ops.get(2).precondition());
    }

    @Test
    void aBrokenOperationIsNamedByItsIndex() {
        assertField("operations[1].value", "{\"operations\": [{\"op\": \"get\", \"key\": \"a\"},"
                + " {\"op\": \"set\", \"key\": \"b\", \"value\": {\"x\": 1}}]}");
        assertField("operations[0].op", "{\"operations\": [{\"op\": \"upsert\", \"key\": \"a\"}]}");
        assertField("operations[0].ttl_seconds", "{\"operations\": [{\"op\": \"set\", \"key\": \"a\", \"value\": \"v\","
                + " \"ttl_seconds\": 1.5}]}");
        assertField("operations[0].vaule", "{\"operations\": [{\"op\": \"set\", \"key\": \"a\", \"vaule\": \"v\"}]}");
        assertField("operations", "{\"ops\": []}");
        assertField("operations", "[]");
    }

    private static void assertField(String field, String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> BatchRequest.parse(json));
        assertEquals(field, e.field());
        assertTrue(e.getMessage().contains(field.replaceAll("\\..*", "")), e.getMessage());
    }
}
