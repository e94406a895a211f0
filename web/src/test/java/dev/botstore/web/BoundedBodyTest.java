package dev.botstore.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PayloadTooLargeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedBodyTest {

    @Test
    void aBodyIsReadWhetherItsLengthIsDeclaredRightTooHighOrNotAtAll() throws Exception {
        byte[] body = "{\"message\": \"今天天气不错 😀\"}".getBytes(StandardCharsets.UTF_8);
        String text = "{\"message\": \"今天天气不错 😀\"}";
        assertEquals(text, BoundedBody.readUtf8((long) body.length, new ByteArrayInputStream(body), 1000, "body"));
        assertEquals(text, BoundedBody.readUtf8(999L, new ByteArrayInputStream(body), 1000, "body"));
        assertEquals(text, BoundedBody.readUtf8(null, new ByteArrayInputStream(body), 1000, "body"));
    }

    @Test
    void malformedUtf8IsRefusedAndAnEncodedReplacementCharacterIsNot() {
        byte[] malformed = {'"', (byte) 0xC3, '(', '"'};
        assertThrows(InvalidInputException.class,
                () -> BoundedBody.readUtf8(4L, new ByteArrayInputStream(malformed), 1000, "body"));
        byte[] surrogate = {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'};
        assertThrows(InvalidInputException.class,
                () -> BoundedBody.readUtf8(null, new ByteArrayInputStream(surrogate), 1000, "body"));
        assertEquals("\"\uFFFD\"", BoundedBody.strictUtf8("\"\uFFFD\"".getBytes(StandardCharsets.UTF_8), "body"));
    }

    @Test
    void aBodyAboveTheLimitIsRefusedDeclaredOrNot() {
        byte[] body = new byte[101];
        assertThrows(PayloadTooLargeException.class,
                () -> BoundedBody.readUtf8(101L, new ByteArrayInputStream(body), 100, "body"));
        assertThrows(PayloadTooLargeException.class,
                () -> BoundedBody.readUtf8(null, new ByteArrayInputStream(body), 100, "body"));
    }
}
