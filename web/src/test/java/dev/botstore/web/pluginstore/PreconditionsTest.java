package dev.botstore.web.pluginstore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.pluginstore.Precondition;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void theEntityTagOfAnEntryIsItsVersionInAnySpelling() {
        for (String tag : new String[] {"\"3\"", "3", "W/\"3\"", " \"3\" "}) {
            assertEquals(Precondition.version(3), Preconditions.of(tag, null), tag);
        }
        assertEquals(Precondition.exists(), Preconditions.of("*", null));
        assertEquals(Precondition.absent(), Preconditions.of(null, "*"));
        assertEquals(Precondition.NONE, Preconditions.of(null, null));
    }

    @Test
    void anythingElseIsRefusedWithTheHeaderNamed() {
        assertEquals("If-Match", assertThrows(InvalidInputException.class, () -> Preconditions.of("\"abc\"", null)).field());
        assertEquals("If-Match", assertThrows(InvalidInputException.class, () -> Preconditions.of("0", null)).field());
        assertEquals("If-None-Match", assertThrows(InvalidInputException.class, () -> Preconditions.of(null, "\"3\"")).field());
        assertThrows(InvalidInputException.class, () -> Preconditions.of("1", "*"));
    }
}
