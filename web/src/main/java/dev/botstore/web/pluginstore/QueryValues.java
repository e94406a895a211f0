package dev.botstore.web.pluginstore;

import dev.botstore.api.error.InvalidInputException;
import java.util.Locale;

/**
 * Query parameters read by hand: JAX-RS answers a parameter it cannot convert with a bare 404,
 * which sends a caller looking for a missing resource instead of the typo in {@code limit=ten}.
 */
final class QueryValues {

    private QueryValues() {
    }

    static Long wholeNumber(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " must be a whole number, not '" + raw + "'");
        }
    }

    static int wholeNumber(String name, String raw, int fallback) {
        Long value = wholeNumber(name, raw);
        if (value == null) {
            return fallback;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(name, name + " is out of range: " + raw);
        }
        return value.intValue();
    }

    static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new InvalidInputException(name, name + " must be true or false, not '" + raw + "'");
        };
    }
}
