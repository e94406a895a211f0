package dev.botstore.facades.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The listing cursor: the last key of a page, opaque to clients (URL-safe base64). Listing goes on
 * strictly after that key, so a page boundary does not move when keys are written or deleted.
 */
final class StoreCursor {

    private StoreCursor() {
    }

    static String encode(String lastKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
    }

    static String decode(String cursor) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(cursor);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw new InvalidInputException("cursor", "cursor '" + cursor + "' is not one this server returned;"
                    + " pass next_cursor from the previous page unchanged");
        }
    }
}
