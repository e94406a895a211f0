package dev.botstore.persistence.admin;

import dev.botstore.api.error.InvalidInputException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The export's line format: {@code {"table":"raw_messages","row":{"id":1,"message":"..."}}}, one
 * record per line. A row holds only JSON strings, numbers, booleans and nulls, so this small
 * reader and writer suffice and keep nothing but the current line in memory.
 */
public final class JsonLines {

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

    /** Parses one line; {@code where} names it in the 400 a malformed line gets. */
    public static Line parse(String text, String where) {
        Reader reader = new Reader(text, where);
        Map<String, Object> top = reader.object(true);
        reader.end();
        if (!(top.get("table") instanceof String table) || table.isBlank()) {
            throw new InvalidInputException(where, where + ": \"table\" must be a table name");
        }
        if (!(top.get("row") instanceof Map<?, ?> row)) {
            throw new InvalidInputException(where, where + ": \"row\" must be an object of column values");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) row;
        return new Line(table, values);
    }

    private static final class Reader {
        private final String text;
        private final String where;
        private int pos;

        Reader(String text, String where) {
            this.text = text;
            this.where = where;
        }

        Map<String, Object> object(boolean allowNested) {
            expect('{');
            Map<String, Object> values = new LinkedHashMap<>();
            skipSpace();
            if (peek() == '}') {
                pos++;
                return values;
            }
            while (true) {
                skipSpace();
                String key = string();
                skipSpace();
                expect(':');
                skipSpace();
                Object value = peek() == '{' && allowNested ? object(false) : scalar();
                if (values.put(key, value) != null) {
                    throw invalid("duplicate key \"" + key + "\"");
                }
                skipSpace();
                char next = next();
                if (next == '}') {
                    return values;
                }
                if (next != ',') {
                    throw invalid("expected ',' or '}'");
                }
            }
        }

        Object scalar() {
            char ch = peek();
            if (ch == '"') {
                return string();
            }
            if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            String number = text.substring(start, pos);
            if (number.isEmpty()) {
                throw invalid("a column value must be a string, number, boolean or null");
            }
            try {
                if (number.matches("-?\\d{1,18}")) {
                    return Long.parseLong(number);
                }
                return Double.parseDouble(number);
            } catch (NumberFormatException e) {
                throw invalid("malformed number " + number);
            }
        }

        String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char ch = next();
                if (ch == '"') {
                    return out.toString();
                }
                if (ch != '\\') {
                    out.append(ch);
                    continue;
                }
                char escape = next();
                switch (escape) {
                    case '"', '\\', '/' -> out.append(escape);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw invalid("truncated \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException e) {
                            throw invalid("malformed \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw invalid("unknown escape \\" + escape);
                }
            }
        }

        void end() {
            skipSpace();
            if (pos != text.length()) {
                throw invalid("text after the record");
            }
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private char peek() {
            if (pos >= text.length()) {
                throw invalid("unexpected end of line");
            }
            return text.charAt(pos);
        }

        private char next() {
            char ch = peek();
            pos++;
            return ch;
        }

        private void expect(char ch) {
            if (next() != ch) {
                throw invalid("expected '" + ch + "' at character " + pos);
            }
        }

        private InvalidInputException invalid(String message) {
            return new InvalidInputException(where, where + ": not a record of the export format: " + message);
        }
    }
}
