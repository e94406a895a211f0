package dev.botstore.api.pluginfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WriteConditionTest {

    @Test
    void splitsTagListsButNotInsideQuotes() {
        assertEquals(List.of("\"a\"", "W/\"b,c\"", "*"), WriteCondition.tags(" \"a\" , W/\"b,c\",* "));
        assertNull(WriteCondition.tags(null));
        assertNull(WriteCondition.tags("  "));
    }

    @Test
    void ifMatchComparesStronglyAndNeedsAFile() {
        WriteCondition cas = WriteCondition.of("\"v1\"", null);
        assertNull(cas.failure("v1"));
        assertNotNull(cas.failure("v2"));
        assertNotNull(cas.failure(null));
        assertNotNull(WriteCondition.of("W/\"v1\"", null).failure("v1"), "a weak tag never matches strongly");
        assertNull(WriteCondition.of("*", null).failure("anything"));
        assertNull(WriteCondition.ifMatch("v1").failure("v1"));
    }

    @Test
    void ifNoneMatchStarOnlyCreates() {
        assertNull(WriteCondition.CREATE_ONLY.failure(null));
        assertNotNull(WriteCondition.CREATE_ONLY.failure("v1"));
        assertNull(WriteCondition.NONE.failure("v1"));
        assertNull(WriteCondition.NONE.failure(null));
    }

    @Test
    void ifNoneMatchOnReadsComparesWeakly() {
        assertTrue(WriteCondition.noneMatchHits("W/\"v1\"", "v1"));
        assertTrue(WriteCondition.noneMatchHits("\"v0\", \"v1\"", "v1"));
        assertTrue(WriteCondition.noneMatchHits("*", "v1"));
        assertFalse(WriteCondition.noneMatchHits("\"v0\"", "v1"));
        assertFalse(WriteCondition.noneMatchHits(null, "v1"));
    }
}
