package dev.botstore.facades.support;

import dev.botstore.api.error.InvalidInputException;

/** Input rules the facades share, as 400s that name the field: ids and texts fit their columns, numbers their ranges. */
public final class Checks {

    public static final int ID_LENGTH = 255;

    private Checks() {
    }

    /** A required identifier: not blank, at most {@code max} characters. */
    public static String id(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return length(field, value, max);
    }

    public static String id(String field, String value) {
        return id(field, value, ID_LENGTH);
    }

    public static String length(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, field + " is " + value.length() + " characters long; at most "
                    + max + " fit");
        }
        return value;
    }

    /** A counter stored in an INTEGER column. */
    public static Long counter(String field, Long value) {
        if (value != null && (value < 0 || value > Integer.MAX_VALUE)) {
            throw new InvalidInputException(field, field + " is " + value + "; it must be between 0 and "
                    + Integer.MAX_VALUE);
        }
        return value;
    }

    public static Double finite(String field, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new InvalidInputException(field, field + " must be a finite number");
        }
        return value;
    }

    public static void positive(String field, int value) {
        if (value < 1) {
            throw new InvalidInputException(field, field + " is " + value + "; it must be 1 or more");
        }
    }

    public static void notNegative(String field, int value) {
        if (value < 0) {
            throw new InvalidInputException(field, field + " is " + value + "; it must be 0 or more");
        }
    }
}
