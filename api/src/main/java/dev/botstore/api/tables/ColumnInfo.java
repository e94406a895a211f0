package dev.botstore.api.tables;

/**
 * One column and the rules its values follow.
 *
 * @param type      the type family: {@code integer} (a whole number within {@code bits}), {@code number}
 *                  (a finite number), {@code boolean}, {@code string} (at most {@code length} characters),
 *                  {@code text}, {@code json} (any JSON value, stored as its text), {@code datetime}
 *                  (ISO-8601 local date-time) or {@code binary} (base64)
 * @param bits      32 or 64 for an integer column, null otherwise
 * @param length    the most characters a {@code string} column holds, null otherwise
 * @param epoch     {@code seconds} or {@code milliseconds} for a point in time counted from the Unix epoch
 * @param generated the database assigns it (an identity key); it is never written
 * @param required  an insert must give it: not nullable, and neither the entity nor the database has a default
 */
public record ColumnInfo(String name, String type, Integer bits, boolean nullable, Integer length, String epoch,
                         boolean generated, boolean required) {

    public static final String INTEGER = "integer";
    public static final String NUMBER = "number";
    public static final String BOOLEAN = "boolean";
    public static final String STRING = "string";
    public static final String TEXT = "text";
    public static final String JSON = "json";
    public static final String DATETIME = "datetime";
    public static final String BINARY = "binary";

    public static final String SECONDS = "seconds";
    public static final String MILLISECONDS = "milliseconds";
}
