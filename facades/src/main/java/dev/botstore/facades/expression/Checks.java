package dev.botstore.facades.expression;

import dev.botstore.api.error.InvalidInputException;

/** Input rules shared by the style, emotion and reinforcement facades: 400s that name the field. */
public final class Checks {

    private Checks() {
    }

    /** Present, not blank, and at most {@code max} characters (the column's width). */
    public static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return fits(field, value, max);
    }

    /** Null, or at most {@code max} characters. */
    public static String fits(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, field + " is " + value.length() + " characters long; at most "
                    + max + " fit");
        }
        return value;
    }

    /** Null, or a finite number (NaN and infinities do not round-trip through JSON). */
    public static Double finite(String field, Double value) {
        if (value != null && (value.isNaN() || value.isInfinite())) {
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
