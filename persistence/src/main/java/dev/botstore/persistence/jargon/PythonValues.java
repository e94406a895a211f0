package dev.botstore.persistence.jargon;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.api.input.JsonInput;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The few Python value rules the original's jargon merge relies on, so that Botstore merges a
 * database's duplicates to the same result: truthiness, {@code int()} conversion, {@code str()} of
 * JSON values, {@code json.loads} and {@code json.dumps(..., ensure_ascii=False)} of a string list.
 */
final class PythonValues {

    private static final Set<String> FALSY_TEXT = Set.of("", "0", "false", "none", "null");

    /** Marks a JSON text that did not parse. */
    static final Object INVALID = new Object();

    private PythonValues() {
    }

    /** The original's truthy(v): falsy words for text, Python truthiness otherwise. */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof String s) {
            return !FALSY_TEXT.contains(s.strip().toLowerCase(Locale.ROOT));
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        return true;
    }

    /** Python's {@code int(v)}, or empty where it would raise. */
    static Optional<Long> intOrNone(Object v) {
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Boolean b) {
            return Optional.of(b ? 1L : 0L);
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? Optional.of(n.longValue()) : Optional.empty();
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Long.parseLong(s.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    static long intOrZero(Object v) {
        return intOrNone(v).orElse(0L);
    }

    /**
     * {@code json.loads(text)}: String, BigInteger, Double, Boolean, null, List, Map; {@link #INVALID}
     * if it does not parse. Read with the application's JSON reader, which unlike Python's refuses
     * NaN and Infinity: a stored context holding them counts as text that is not JSON.
     */
    static Object parseJson(String text) {
        try {
            return python(JsonInput.parse(text, "context"));
        } catch (InvalidInputException notJson) {
            return INVALID;
        }
    }

    /** Python truthiness of a parsed JSON value. */
    static boolean jsonTruthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0;
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** Python's {@code str(v)} of a parsed JSON value (or of a column value). */
    static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        return repr(v);
    }

    private static String repr(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof String s) {
            return reprString(s);
        }
        if (v instanceof Double d) {
            return reprFloat(d);
        }
        if (v instanceof List<?> l) {
            List<String> items = new ArrayList<>();
            l.forEach(item -> items.add(repr(item)));
            return "[" + String.join(", ", items) + "]";
        }
        if (v instanceof Map<?, ?> m) {
            List<String> items = new ArrayList<>();
            m.forEach((k, value) -> items.add(repr(k) + ": " + repr(value)));
            return "{" + String.join(", ", items) + "}";
        }
        return String.valueOf(v);
    }

    private static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c == quote) {
                        b.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        b.append(String.format("\\x%02x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append(quote).toString();
    }

    /** Python's float repr: shortest digits, scientific below 1e-4 and from 1e16. */
    private static String reprFloat(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
        int exponent = exact.precision() - exact.scale() - 1;
        if (exponent < -4 || exponent >= 16) {
            String digits = exact.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + String.format("%02d", Math.abs(exponent));
        }
        String plain = exact.toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    /** {@code json.dumps(list_of_strings, ensure_ascii=False)}. */
    static String dumpStrings(List<String> items) {
        List<String> quoted = new ArrayList<>();
        for (String item : items) {
            StringBuilder b = new StringBuilder("\"");
            for (int i = 0; i < item.length(); i++) {
                char c = item.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    case '\b' -> b.append("\\b");
                    case '\f' -> b.append("\\f");
                    default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            quoted.add(b.append('"').toString());
        }
        return "[" + String.join(", ", quoted) + "]";
    }

    /** A parsed JSON value as Python's json module gives it: int for a number without fraction or exponent. */
    private static Object python(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> {
                String text = value.toString();
                yield text.matches("-?\\d+") ? new BigInteger(text) : Double.valueOf(text);
            }
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(item -> list.add(python(item)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, item) -> map.put(key, python(item)));
                yield map;
            }
        };
    }
}
