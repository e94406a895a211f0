package dev.botstore.facades.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {

    @Test
    void validJsonComesBackAsJson() {
        assertEquals(Json.createArrayBuilder().add("a").add(1).build(), JsonColumns.read("[\"a\", 1]"));
        assertEquals(JsonValue.ValueType.OBJECT, JsonColumns.read("{\"k\":{\"x\":true}}").getValueType());
    }

    @Test
    void textThatIsNotJsonComesBackRawAsAString() {
        assertEquals(Json.createValue("['a', 'b']"), JsonColumns.read("['a', 'b']"));
        assertEquals(Json.createValue("{\"open\": "), JsonColumns.read("{\"open\": "));
        assertEquals(Json.createValue(""), JsonColumns.read(""));
    }

    @Test
    void nullStaysNull() {
        assertNull(JsonColumns.read(null));
        assertNull(JsonColumns.write(null));
    }

    @Test
    void writingGivesCompactText() {
        assertEquals("{\"a\":[1,2]}", JsonColumns.write(Json.createObjectBuilder()
                .add("a", Json.createArrayBuilder().add(1).add(2)).build()));
    }
}
