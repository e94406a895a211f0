package dev.botstore.persistence.admin;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.JsonInput;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The export's line format: {@code {"table":"raw_messages","row":{"id":1,"message":"..."}}}, one
 * record per line. A row holds only JSON strings, numbers, booleans and nulls; lines are read with
 * the application's one JSON reader ({@link JsonInput}), written by this small writer, and nothing
 * but the current line is held in memory.
 */
public final class JsonLines {

    /** Whole numbers of up to 18 digits are longs; anything longer is read as a double, as before. */
    private static final BigDecimal LONG_DIGITS = new BigDecimal("1e18");

    /** One parsed line: the table and its column values (String, Long, Double, Boolean or null). */
    public record Line(String table, Map<String, Object> row) {
    }

    private JsonLines() {
    }

    public static void writeString(Appendable out, String value) throws IOException {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == '\u2028' || ch == '\u2029') {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }

    /** Parses one line with the application's JSON reader; {@code where} names it in the 400 a malformed line gets. */
    public static Line parse(String text, String where) {
        JsonObject top = JsonInput.parseObject(text, where);
        if (!(top.get("table") instanceof JsonString table) || table.getString().isBlank()) {
            throw invalid(where, "\"table\" must be a table name");
        }
        if (!(top.get("row") instanceof JsonObject row)) {
            throw invalid(where, "\"row\" must be an object of column values");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column, scalar(value, where)));
        return new Line(table.getString(), values);
    }

    private static Object scalar(JsonValue value, String where) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                JsonNumber number = (JsonNumber) value;
                if (number.isIntegral() && number.bigDecimalValue().abs().compareTo(LONG_DIGITS) < 0) {
                    yield number.longValue();
                }
                yield number.doubleValue();
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case OBJECT, ARRAY -> throw invalid(where, "a column value must be a string, number, boolean or null");
        };
    }

    private static InvalidInputException invalid(String where, String message) {
        return new InvalidInputException(where, where + ": not a record of the export format: " + message);
    }
}
