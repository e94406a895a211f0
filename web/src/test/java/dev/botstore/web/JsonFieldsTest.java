package dev.botstore.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.botstore.api.error.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

    @Test
    void readsEachKindAndTreatsNullAsAbsent() {
        JsonFields body = JsonFields.of("""
                {"group_id":"g1","count":3,"score":0.5,"flag":1,"at":1700000000,"meta":{"a":[1]},"gone":null}""");
        assertEquals("g1", body.requiredText("group_id"));
        assertEquals(3L, body.wholeNumber("count"));
        assertEquals(0.5, body.number("score"));
        assertEquals(true, body.flag("flag"));
        assertEquals(Instant.ofEpochSecond(1_700_000_000L), body.time("at"));
        assertEquals("{\"a\":[1]}", body.jsonText("meta"));
        assertNull(body.text("gone"));
        assertNull(body.wholeNumber("missing"));
    }

    @Test
    void aWrongTypeNamesTheFieldWithItsPlaceInABatch() {
        JsonFields batch = JsonFields.of("{\"messages\":[{},{\"group_id\":7}]}");
        JsonFields second = JsonFields.element(batch.array("messages").get(1), "messages[1]");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> second.text("group_id"));
        assertEquals("messages[1].group_id", e.field());
        assertEquals("messages[1].group_id must be a string, not a number", e.getMessage());
    }

    @Test
    void aBodyThatIsNotAnObjectIsRefused() {
        assertEquals("body", assertThrows(InvalidInputException.class, () -> JsonFields.of("[1]")).field());
        assertEquals("body", assertThrows(InvalidInputException.class, () -> JsonFields.of("{")).field());
        assertEquals("body", assertThrows(InvalidInputException.class, () -> JsonFields.of(" ")).field());
    }

    @Test
    void textLongerThanItsColumnIsRefused() {
        JsonFields body = JsonFields.of("{\"name\":\"abcdef\"}");
        assertThrows(InvalidInputException.class, () -> body.text("name", 5));
        assertEquals("abcdef", body.text("name", 6));
    }
}
