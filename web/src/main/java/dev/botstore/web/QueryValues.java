package dev.botstore.web;

import dev.botstore.api.error.InvalidInputException;
import java.util.Locale;

/**
 * Query parameters read by hand: JAX-RS answers a parameter it cannot convert with a bare 404,
 * which sends a caller looking for a missing resource instead of the typo in {@code limit=ten}.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static Long wholeNumber(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number, not '" + raw + "'");
        }
    }

    public static int wholeNumber(String name, String raw, int fallback) {
        Long value = wholeNumber(name, raw);
        if (value == null) {
            return fallback;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(name, name + " is out of range: " + raw);
        }
        return value.intValue();
    }

    public static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidInputException(name, name + " must be true or false, not '" + raw + "'");
        };
    }

    /** A page size: {@code fallback} when absent, otherwise 1 to {@code max}. */
    public static int limit(String raw, int fallback, int max) {
        int limit = wholeNumber("limit", raw, fallback);
        if (limit < 1 || limit > max) {
            throw new InvalidInputException("limit", "limit is " + limit + "; it must be between 1 and " + max);
        }
        return limit;
    }

    /** How many items to skip: 0 when absent, never negative. */
    public static int offset(String raw) {
        int offset = wholeNumber("offset", raw, 0);
        if (offset < 0) {
            throw new InvalidInputException("offset", "offset is " + offset + "; it must be 0 or more");
        }
        return offset;
    }
}
