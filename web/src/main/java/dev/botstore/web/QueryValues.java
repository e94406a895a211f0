package dev.botstore.web;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.Paging;
import jakarta.ws.rs.NotFoundException;
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

    /**
     * A row id from the path, by the one rule of every resource: anything but a whole number is a 400
     * naming the parameter; a whole number no row can have (below 1, beyond the INTEGER range) is a
     * 404, as for any other id without a row.
     */
    public static int rowId(String name, String raw, String what) {
        String text = raw == null ? "" : raw.strip();
        if (!text.matches("[+-]?\\d+")) {
            throw new InvalidInputException(name, name + " must be a whole number, not '" + raw + "'");
        }
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException beyondLong) {
            id = 0;
        }
        if (id < 1 || id > Integer.MAX_VALUE) {
            throw new NotFoundException("no " + what + " " + text);
        }
        return (int) id;
    }

    /** A page size: {@code fallback} when absent, otherwise 1 to {@code max}. */
    public static int limit(String raw, int fallback, int max) {
        return Paging.limit(wholeNumber("limit", raw, fallback), max);
    }

    /** How many items to skip: 0 when absent, never negative. */
    public static int offset(String raw) {
        return Paging.offset(wholeNumber("offset", raw, 0));
    }
}
