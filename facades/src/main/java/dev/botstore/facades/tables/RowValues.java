package dev.botstore.facades.tables;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.tables.ColumnInfo;
import dev.botstore.api.tables.TableInfo;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a value against its column before any SQL sees it, and turns it into the store form
 * (Long, Double, Boolean, String): whole numbers within the column's bits, finite numbers, epoch
 * times in the column's unit, strings within the length, valid JSON, ISO-8601 date-times, base64.
 * Every error is a 400 naming the value as the caller wrote it ({@code rows[3].importance}).
 */
final class RowValues {

    /** From here on an epoch number counts milliseconds (this is 1973 in milliseconds, 5138 in seconds). */
    private static final double MILLISECONDS_FROM = 1e11;
    private static final double MILLISECONDS_UNTIL = 1e14;

    private RowValues() {
    }

    /**
     * The columns of one row in store form, in the table's column order.
     *
     * @param where the row's name in errors: {@code rows[3]}, or empty for a lone row
     */
    static Map<String, Object> row(TableInfo table, JsonObject row, String where) {
        for (String name : row.keySet()) {
            ColumnInfo column = table.column(name);
            if (column == null) {
                throw new InvalidInputException(field(where, name), field(where, name) + ": " + table.name()
                        + " has no column " + name);
            }
            if (column.generated()) {
                throw new InvalidInputException(field(where, name), field(where, name)
                        + " is assigned by the database and cannot be written");
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ColumnInfo column : table.columns()) {
            if (row.containsKey(column.name())) {
                values.put(column.name(), value(column, row.get(column.name()), field(where, column.name())));
            }
        }
        return values;
    }

    /** An insert's values: the sent ones over the entity's defaults; a required column left out is a 400. */
    static Map<String, Object> complete(TableInfo table, Map<String, Object> sent, Map<String, Object> defaults,
                                        String where) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (ColumnInfo column : table.columns()) {
            if (sent.containsKey(column.name())) {
                values.put(column.name(), sent.get(column.name()));
            } else if (defaults.containsKey(column.name())) {
                values.put(column.name(), defaults.get(column.name()));
            } else if (column.required()) {
                throw new InvalidInputException(field(where, column.name()), field(where, column.name())
                        + " is required");
            }
        }
        if (values.isEmpty()) {
            throw new InvalidInputException(where.isEmpty() ? "body" : where, "a row needs at least one column");
        }
        return values;
    }

    /** A filter or cursor value written as text, read as the column's JSON type would be. */
    static Object text(ColumnInfo column, String raw, String field) {
        JsonValue value = switch (column.type()) {
            case ColumnInfo.INTEGER, ColumnInfo.NUMBER -> {
                try {
                    yield Json.createValue(new BigDecimal(raw.strip()));
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(field, field + " must be a finite number, not '" + raw + "'");
                }
            }
            case ColumnInfo.BOOLEAN -> switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> JsonValue.TRUE;
                case "false" -> JsonValue.FALSE;
                default -> throw new InvalidInputException(field, field + " must be true or false, not '" + raw + "'");
            };
            case ColumnInfo.JSON, ColumnInfo.BINARY -> throw new InvalidInputException(field, field + ": a "
                    + column.type() + " column cannot be filtered on");
            default -> Json.createValue(raw);
        };
        return value(column, value, field);
    }

    /** One value in store form; JSON null is null where the column allows it. */
    static Object value(ColumnInfo column, JsonValue value, String field) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (!column.nullable()) {
                throw new InvalidInputException(field, field + " must not be null");
            }
            return null;
        }
        return switch (column.type()) {
            case ColumnInfo.INTEGER -> epoch(column, whole(column, value, field), field);
            case ColumnInfo.NUMBER -> epoch(column, number(value, field), field);
            case ColumnInfo.BOOLEAN -> {
                if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                    throw new InvalidInputException(field, field + " must be true or false");
                }
                yield value.getValueType() == JsonValue.ValueType.TRUE;
            }
            case ColumnInfo.STRING, ColumnInfo.TEXT -> {
                String text = string(value, field);
                if (column.length() != null && text.codePointCount(0, text.length()) > column.length()) {
                    throw new InvalidInputException(field, field + " is " + text.codePointCount(0, text.length())
                            + " characters long; at most " + column.length() + " fit");
                }
                yield text;
            }
            case ColumnInfo.JSON -> json(value, field);
            case ColumnInfo.DATETIME -> {
                try {
                    yield LocalDateTime.parse(string(value, field).strip().replace(' ', 'T')).toString();
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException(field, field + " must be an ISO-8601 local date-time such as"
                            + " 2026-01-31T12:00:00");
                }
            }
            case ColumnInfo.BINARY -> {
                String text = string(value, field);
                try {
                    Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(field, field + " must be base64");
                }
                yield text;
            }
            default -> throw new IllegalStateException("unknown column type " + column.type());
        };
    }

    /**
     * A JSON column's text: a JSON value as written, or a string that already holds JSON text (as
     * the original's clients store {@code json.dumps(...)}), which must then parse.
     */
    private static String json(JsonValue value, String field) {
        if (!(value instanceof JsonString string)) {
            return value.toString();
        }
        try (var reader = Json.createReader(new StringReader(string.getString()))) {
            reader.readValue();
            return string.getString();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException(field, field + " must be JSON: a JSON value, or a string holding JSON text");
        }
    }

    private static Long whole(ColumnInfo column, JsonValue value, String field) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidInputException(field, field + " must be a whole number");
        }
        BigInteger whole = number.bigDecimalValue().toBigIntegerExact();
        BigInteger max = BigInteger.ONE.shiftLeft(column.bits() - 1);
        if (whole.compareTo(max) >= 0 || whole.compareTo(max.negate()) < 0) {
            throw new InvalidInputException(field, field + " is out of range for a " + column.bits() + "-bit integer");
        }
        return whole.longValue();
    }

    private static Double number(JsonValue value, String field) {
        if (!(value instanceof JsonNumber number)) {
            throw new InvalidInputException(field, field + " must be a number");
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            throw new InvalidInputException(field, field + " must be a finite number");
        }
        return d;
    }

    /** An epoch time in the column's unit: seconds below 10^11, milliseconds from there (and 0). */
    private static <N extends Number> N epoch(ColumnInfo column, N value, String field) {
        if (column.epoch() == null) {
            return value;
        }
        double d = value.doubleValue();
        boolean millis = column.epoch().equals(ColumnInfo.MILLISECONDS);
        if (d < 0 || (!millis && d >= MILLISECONDS_FROM) || (millis && d != 0 && d < MILLISECONDS_FROM)
                || d >= MILLISECONDS_UNTIL) {
            throw new InvalidInputException(field, field + " is " + value + ": it must be a time in epoch "
                    + column.epoch() + (millis ? " (10^11 or more, or 0)" : " (below 10^11)"));
        }
        return value;
    }

    private static String string(JsonValue value, String field) {
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException(field, field + " must be a string");
        }
        return string.getString();
    }

    private static String field(String where, String column) {
        return where.isEmpty() ? column : where + "." + column;
    }
}
