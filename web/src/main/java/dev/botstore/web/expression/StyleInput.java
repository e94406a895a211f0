package dev.botstore.web.expression;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.web.JsonFields;

/**
 * Checks of the upsert requests made before the facade is called: the facades check the same, but
 * a refusal from inside their retry loop would roll back a local transaction loudly.
 */
public final class StyleInput {

    private StyleInput() {
    }

    /** A number field that JSON may carry but a column cannot (1e999 reads as infinity) is refused. */
    public static Double finite(JsonFields json, String field) {
        Double value = json.number(field);
        if (value != null && value.isInfinite()) {
            throw new InvalidInputException(json.name(field), json.name(field) + " is out of range");
        }
        return value;
    }

    /** A path segment that must fit its column. */
    public static String segment(String name, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(name, name + " is required");
        }
        if (value.length() > max) {
            throw new InvalidInputException(name, name + " is " + value.length() + " characters long; at most "
                    + max + " fit");
        }
        return value;
    }
}
