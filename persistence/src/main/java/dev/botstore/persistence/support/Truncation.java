package dev.botstore.persistence.support;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The original's {@code truncate_for_db}, used by every table that stores long chat text: text
 * above 60,000 UTF-8 bytes is cut so that, with the marker appended, it stays within that size; a
 * character split by the cut is dropped.
 */
public final class Truncation {

    public static final int MAX_BYTES = 60_000;
    public static final String MARKER = "...[truncated]";

    private Truncation() {
    }

    public static String forDatabase(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_BYTES) {
            return text;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.IGNORE);
        CharBuffer kept = CharBuffer.allocate(MAX_BYTES);
        decoder.decode(ByteBuffer.wrap(bytes, 0, MAX_BYTES - MARKER.length()), kept, true);
        kept.flip();
        return kept + MARKER;
    }
}
