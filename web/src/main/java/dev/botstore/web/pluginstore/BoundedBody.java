package dev.botstore.web.pluginstore;

import dev.botstore.api.error.PayloadTooLargeException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import dev.botstore.api.error.InvalidInputException;

/** Reads a request body as UTF-8 without ever holding more than the limit (plus one byte) in memory. */
final class BoundedBody {

    private BoundedBody() {
    }

    static String readUtf8(InputStream in, long limit, String whatIsLimited) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > limit) {
                throw new PayloadTooLargeException(whatIsLimited + " is larger than " + limit + " bytes", limit);
            }
            out.write(buffer, 0, n);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(out.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "the body is not valid UTF-8");
        }
    }
}
