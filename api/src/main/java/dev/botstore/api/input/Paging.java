package dev.botstore.api.input;

import dev.botstore.api.error.InvalidInputException;

/**
 * The one paging rule of every list of the API: a limit from 1 to the list's maximum, an offset of 0
 * or more. The web layer applies it to what the caller sent and the facades to what they are asked
 * for, so both name the same parameter with the same words.
 */
public final class Paging {

    private Paging() {
    }

    /** {@code limit} unchanged when it is 1 to {@code max}; a 400 naming {@code limit} otherwise. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new InvalidInputException("limit", "limit is " + limit + "; it must be between 1 and " + max);
        }
        return limit;
    }

    /** {@code offset} unchanged when it is 0 or more. */
    public static int offset(int offset) {
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset is " + offset + "; it must be 0 or more");
        }
        return offset;
    }

    public static void check(int limit, int offset, int max) {
        limit(limit, max);
        offset(offset);
    }
}
