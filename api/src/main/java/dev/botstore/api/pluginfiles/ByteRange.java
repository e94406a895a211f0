package dev.botstore.api.pluginfiles;

import dev.botstore.api.error.RangeNotSatisfiableException;
import java.util.Locale;
import java.util.Optional;

/**
 * One byte range of a file, both ends included, as asked for by an HTTP {@code Range} header.
 *
 * @param first offset of the first byte
 * @param last  offset of the last byte
 */
public record ByteRange(long first, long last) {

    public long length() {
        return last - first + 1;
    }

    /** The {@code Content-Range} value of a partial answer. */
    public String contentRange(long size) {
        return "bytes " + first + "-" + last + "/" + size;
    }

    /**
     * The range a {@code Range} header asks of a file of {@code size} bytes. Empty means "send the
     * whole file": no header, a unit other than bytes, a malformed header (RFC 9110 lets a server
     * ignore those) or several ranges (answered with the whole file rather than multipart).
     *
     * @throws RangeNotSatisfiableException if the one range asked for starts past the end (416)
     */
    public static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        String h = header.strip();
        if (!h.toLowerCase(Locale.ROOT).startsWith("bytes=")) {
            return Optional.empty();
        }
        String spec = h.substring("bytes=".length()).strip();
        if (spec.contains(",")) {
            return Optional.empty();
        }
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return Optional.empty();
        }
        String from = spec.substring(0, dash).strip();
        String to = spec.substring(dash + 1).strip();
        if (from.isEmpty()) {
            return suffix(number(to), size, header);
        }
        long first = number(from);
        long last = to.isEmpty() ? Long.MAX_VALUE : number(to);
        if (first < 0 || last < 0 || last < first) {
            return Optional.empty();
        }
        if (first >= size) {
            throw unsatisfiable(header, size);
        }
        return Optional.of(new ByteRange(first, Math.min(last, size - 1)));
    }

    /** {@code bytes=-n}: the last n bytes. */
    private static Optional<ByteRange> suffix(long n, long size, String header) {
        if (n < 0) {
            return Optional.empty();
        }
        if (n == 0 || size == 0) {
            throw unsatisfiable(header, size);
        }
        return Optional.of(new ByteRange(Math.max(0, size - n), size - 1));
    }

    /** A non-negative decimal (one too large for a long counts as "past any end"), or -1 if the text is none. */
    private static long number(String text) {
        if (text.isEmpty() || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        return text.length() > 18 ? Long.MAX_VALUE : Long.parseLong(text);
    }

    private static RangeNotSatisfiableException unsatisfiable(String header, long size) {
        return new RangeNotSatisfiableException("the range '" + header.strip() + "' lies outside the file, which is "
                + size + " bytes long", size);
    }
}
