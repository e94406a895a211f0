package dev.botstore.web;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.error.PayloadTooLargeException;
import dev.botstore.api.input.TextInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Every text body the API reads is read here: refused at once when its Content-Length is above the
 * limit, never buffered past the limit (plus one buffer) when it has none, decoded as strict UTF-8
 * and held to {@link TextInput}. Binary bodies (the file area) are streamed elsewhere.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /** @param contentLength the declared length, null when the body is chunked */
    public static String readUtf8(Long contentLength, InputStream in, long limit, String what) throws IOException {
        if (contentLength != null && contentLength > limit) {
            throw tooLarge(what + " is " + contentLength + " bytes", limit);
        }
        // sized by the declared length (at most the limit): no copying while the buffer grows
        ByteArrayOutputStream out = new ByteArrayOutputStream(
                contentLength == null ? 8192 : (int) Math.max(0, contentLength));
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw tooLarge(what + " is larger than " + limit + " bytes", limit);
            }
            out.write(buffer, 0, n);
        }
        String text = strictUtf8(out.toByteArray(), what);
        return TextInput.withoutNul("body", text);
    }

    /**
     * The text of {@code bytes}, refused when they are not UTF-8. The JDK's own decoding is the fast
     * one, but it puts U+FFFD where bytes are malformed; only a text holding U+FFFD (rare, and
     * legitimate when sent encoded) is decoded again, strictly, to tell the two apart.
     */
    static String strictUtf8(byte[] bytes, String what) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", what + " is not valid UTF-8");
        }
    }

    private static PayloadTooLargeException tooLarge(String what, long limit) {
        return new PayloadTooLargeException(what + "; at most " + limit + " are accepted", limit);
    }
}
