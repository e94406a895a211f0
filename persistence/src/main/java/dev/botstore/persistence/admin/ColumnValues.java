package dev.botstore.persistence.admin;

import dev.botstore.api.error.InvalidInputException;
import dev.botstore.persistence.config.DbType;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * The per-backend conversion between a column value and its JSON form, driven by the entity
 * attribute's Java type: integers and floats as numbers, booleans as booleans (SQLite's 0/1
 * included), text as strings, date-times as ISO-8601 local date-times (SQLite holds them as the
 * original's text or as the driver's epoch milliseconds), binaries as base64.
 */
public final class ColumnValues {

    private ColumnValues() {
    }

    /**
     * The value of column {@code i} as String, Long, Double, Boolean or null.
     *
     * @param singleFloat a MySQL single-precision FLOAT: read as the float's shortest decimal, which
     *                    is what was written, instead of its binary expansion as a double
     */
    public static Object read(ResultSet rs, int i, Class<?> javaType, DbType type, boolean singleFloat) throws SQLException {
        if (javaType == Integer.class || javaType == Long.class || javaType == int.class || javaType == long.class) {
            Object raw = rs.getObject(i);
            if (raw == null) {
                return null;
            }
            if (raw instanceof Double d && d != Math.rint(d)) {
                return d; // SQLite keeps whatever was stored
            }
            return rs.getLong(i);
        }
        if (javaType == Double.class || javaType == Float.class || javaType == double.class || javaType == float.class) {
            if (singleFloat) {
                float f = rs.getFloat(i);
                return rs.wasNull() ? null : Double.parseDouble(Float.toString(f));
            }
            double d = rs.getDouble(i);
            return rs.wasNull() ? null : d;
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            Object raw = rs.getObject(i);
            if (raw == null) {
                return null;
            }
            if (raw instanceof Boolean b) {
                return b;
            }
            if (raw instanceof Number n) {
                return n.doubleValue() != 0;
            }
            return Boolean.parseBoolean(raw.toString()) || "1".equals(raw.toString());
        }
        if (javaType == LocalDateTime.class) {
            return readDateTime(rs, i, type);
        }
        if (javaType == byte[].class) {
            byte[] bytes = rs.getBytes(i);
            return bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
        }
        return rs.getString(i);
    }

    /** Which columns of a result are MySQL single-precision FLOATs, for {@link #read}. */
    public static boolean[] singleFloats(ResultSetMetaData meta, DbType type) throws SQLException {
        boolean[] singleFloat = new boolean[meta.getColumnCount()];
        for (int i = 0; i < singleFloat.length; i++) {
            singleFloat[i] = type == DbType.MYSQL && meta.getColumnType(i + 1) == Types.REAL;
        }
        return singleFloat;
    }

    /** A date-time column as ISO-8601 local date-time text, null for NULL. */
    public static String readDateTime(ResultSet rs, int i, DbType type) throws SQLException {
        if (type != DbType.SQLITE) {
            LocalDateTime value = rs.getObject(i, LocalDateTime.class);
            return value == null ? null : value.toString();
        }
        Object raw = rs.getObject(i);
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number n) {
            return new Timestamp(n.longValue()).toLocalDateTime().toString();
        }
        String text = raw.toString();
        try {
            return parseDateTime(text).toString();
        } catch (DateTimeParseException e) {
            return text; // not a date-time the application could read either: kept as it is
        }
    }

    static LocalDateTime parseDateTime(String text) {
        return LocalDateTime.parse(text.strip().replace(' ', 'T'));
    }

    static void write(Appendable out, Object value) throws IOException {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            JsonLines.writeString(out, s);
        } else if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            JsonLines.writeString(out, d.toString());
        } else {
            out.append(value.toString());
        }
    }

    /**
     * Binds a JSON value to a parameter of a column of {@code javaType}.
     *
     * @param json a PostgreSQL json/jsonb column: text is bound untyped so that the server casts it
     */
    public static void bind(PreparedStatement ps, int i, Class<?> javaType, Object value, DbType type, boolean json,
                     String where) throws SQLException {
        if (value == null) {
            ps.setNull(i, json ? Types.OTHER : sqlType(javaType));
            return;
        }
        try {
            if (javaType == Integer.class || javaType == Long.class || javaType == int.class || javaType == long.class) {
                Number n = number(value);
                if (n instanceof Double d && d != Math.rint(d)) {
                    ps.setDouble(i, d);
                } else {
                    ps.setLong(i, n.longValue());
                }
            } else if (javaType == Double.class || javaType == Float.class || javaType == double.class
                    || javaType == float.class) {
                ps.setDouble(i, number(value).doubleValue());
            } else if (javaType == Boolean.class || javaType == boolean.class) {
                ps.setBoolean(i, value instanceof Boolean b ? b : number(value).doubleValue() != 0);
            } else if (javaType == LocalDateTime.class) {
                LocalDateTime time = parseDateTime(value.toString());
                if (type == DbType.SQLITE) {
                    ps.setTimestamp(i, Timestamp.valueOf(time));
                } else {
                    ps.setObject(i, time);
                }
            } else if (javaType == byte[].class) {
                ps.setBytes(i, Base64.getDecoder().decode(value.toString()));
            } else if (json) {
                ps.setObject(i, value.toString(), Types.OTHER);
            } else {
                ps.setString(i, value.toString());
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidInputException(where, where + ": " + value + " is not a value of a "
                    + javaType.getSimpleName() + " column (" + e.getMessage() + ")");
        }
    }

    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n;
        }
        if (value instanceof Boolean b) {
            return b ? 1L : 0L;
        }
        String text = value.toString().strip();
        return text.matches("-?\\d{1,18}") ? (Number) Long.parseLong(text) : (Number) Double.parseDouble(text);
    }

    private static int sqlType(Class<?> javaType) {
        if (javaType == Integer.class || javaType == int.class) {
            return Types.INTEGER;
        }
        if (javaType == Long.class || javaType == long.class) {
            return Types.BIGINT;
        }
        if (javaType == Double.class || javaType == double.class || javaType == Float.class) {
            return Types.DOUBLE;
        }
        if (javaType == Boolean.class || javaType == boolean.class) {
            return Types.BOOLEAN;
        }
        if (javaType == LocalDateTime.class) {
            return Types.TIMESTAMP;
        }
        if (javaType == byte[].class) {
            return Types.BINARY;
        }
        return Types.VARCHAR;
    }
}
