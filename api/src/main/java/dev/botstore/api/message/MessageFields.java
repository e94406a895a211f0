package dev.botstore.api.message;

import dev.botstore.api.error.InvalidInputException;

/** The column rules of the message tables, checked before anything is written; errors name the field. */
public final class MessageFields {

    private MessageFields() {
    }

    /** {@code value} must be present and not blank. */
    public static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value;
    }

    /**
     * {@code value} must be sent, but may be empty: the original's message collector stores
     * {@code sender_id=""} for an unknown sender and empty text for an image-only message.
     */
    public static String present(String field, String value) {
        if (value == null) {
            throw new InvalidInputException(field, field + " is required (it may be empty)");
        }
        return value;
    }

    /** {@code value} (may be null) must fit a column of {@code max} characters. */
    public static String fits(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, field + " is " + value.length() + " characters long; at most "
                    + max + " fit");
        }
        return value;
    }

    /** A timestamp in epoch seconds must not be negative (null stands for now). */
    public static Long notNegative(String field, Long seconds) {
        if (seconds != null && seconds < 0) {
            throw new InvalidInputException(field, field + " is " + seconds + "; a time before 1970 is not accepted");
        }
        return seconds;
    }
}
