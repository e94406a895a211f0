package dev.botstore.api.input;

import dev.botstore.api.error.InvalidInputException;

/**
 * The one rule for text that reaches a database: no U+0000. PostgreSQL refuses the character in
 * text columns, SQLite cuts the value at it and MariaDB keeps it, so the same input would be a 500,
 * a silent truncation and a stored value depending on the backend. Refused at the edge as a 400,
 * the answer is the same everywhere. Every text input (JSON bodies, text bodies, path and query
 * parameters, import lines) is checked here and nowhere else.
 */
public final class TextInput {

    private TextInput() {
    }

    /** {@code value} unchanged, or a 400 naming {@code field} when it holds U+0000. */
    public static String withoutNul(String field, String value) {
        if (value != null && value.indexOf('\u0000') >= 0) {
            throw new InvalidInputException(field, field + " contains the character U+0000, which no text may hold");
        }
        return value;
    }

    /** Length in characters (code points): an emoji is one character, not two UTF-16 units. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
