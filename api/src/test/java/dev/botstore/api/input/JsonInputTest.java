package dev.botstore.api.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class JsonInputTest {

    @Test
    void nestingTenThousandDeepIsARefusalNamingTheLimitNotAParserCrash() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> JsonInput.parse("[".repeat(10_000) + "]".repeat(10_000), "body"));
        assertTrue(refused.getMessage().contains("64"), refused.getMessage());
    }

    @Test
    void nestingUpToTheLimitParsesAndBracketsInsideStringsDoNotCount() {
        String deep = "[".repeat(JsonInput.MAX_DEPTH) + "\"[[[{{{\\\"\"" + "]".repeat(JsonInput.MAX_DEPTH);
        assertEquals(JsonInput.MAX_DEPTH, depth(deep));
        JsonInput.parse(deep, "body");
    }

    @Test
    void theNulCharacterIsRefusedInValuesAndNamesUnderTheFieldItIsIn() {
        InvalidInputException inValue = assertThrows(InvalidInputException.class,
                () -> JsonInput.parseObject("{\"messages\": [{\"text\": \"a\\u0000b\"}]}", "body"));
        assertEquals("messages[0].text", inValue.field());
        assertThrows(InvalidInputException.class, () -> JsonInput.parseObject("{\"a\\u0000\": 1}", "body"));
    }

    @Test
    void anEscapedBackslashBeforeU0000IsNoNul() {
        assertEquals("\\u0000", JsonInput.parseObject("{\"text\": \"\\\\u0000\"}", "body").getString("text"));
    }

    @Test
    void malformedJsonAndAnotherKindOfValueAreRefusals() {
        assertThrows(InvalidInputException.class, () -> JsonInput.parse("{", "body"));
        assertThrows(InvalidInputException.class, () -> JsonInput.parse("", "body"));
        InvalidInputException notAnObject = assertThrows(InvalidInputException.class,
                () -> JsonInput.parseObject("[]", "line 3"));
        assertEquals("line 3", notAnObject.field());
    }

    @Test
    void aLengthCountsCharactersNotUtf16Units() {
        assertEquals(65, TextInput.length("\uD83D\uDE00".repeat(65)));
    }

    private static int depth(String text) {
        return (int) text.chars().takeWhile(c -> c == '[').count();
    }
}
