package dev.botstore.persistence.config;

import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQLAlchemy's date-time text on SQLite: written {@code 'YYYY-MM-DD HH:MM:SS.ffffff'} (Python keeps
 * microseconds, so finer digits are dropped), read with or without the fraction, and a bare date.
 */
public final class SQLiteDateTimes {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS", Locale.ROOT);
    private static final Pattern READ = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:[ T](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?");

    private static final Pattern MILLIS = Pattern.compile("-?\\d+");

    private SQLiteDateTimes() {
    }

    /** The text for a date-time value, or null when {@code value} is not one. */
    public static String format(Object value) {
        LocalDateTime time;
        if (value instanceof LocalDateTime local) {
            time = local;
        } else if (value instanceof Timestamp timestamp) {
            time = timestamp.toLocalDateTime();
        } else if (value != null && value.getClass() == java.util.Date.class) {
            time = new Timestamp(((java.util.Date) value).getTime()).toLocalDateTime();
        } else {
            return null;
        }
        return WRITTEN.format(time.truncatedTo(ChronoUnit.MICROS));
    }

    /**
     * Binds {@code value} as its text when it is a date-time, so that every statement, EclipseLink's
     * and the stores' own, writes the one format; false, with nothing bound, when it is not one.
     */
    public static boolean bind(PreparedStatement statement, int index, Object value) throws SQLException {
        String text = format(value);
        if (text == null) {
            return false;
        }
        statement.setString(index, text);
        return true;
    }

    /** A column declared as a date-time (DATETIME, TIMESTAMP, DATE): SQLite itself keeps only the declaration. */
    static boolean isDateTimeColumn(ResultSetMetaData meta, int column) throws SQLException {
        String declared = meta.getColumnTypeName(column);
        if (declared == null) {
            return false;
        }
        String upper = declared.toUpperCase(Locale.ROOT);
        return upper.startsWith("DATETIME") || upper.startsWith("TIMESTAMP") || upper.equals("DATE");
    }

    /**
     * The value of a date-time column (as text) as a {@link Timestamp} of the same wall-clock time:
     * text as SQLAlchemy writes it, or whole milliseconds as the SQLite driver writes a bound
     * timestamp. Anything else is handed on unchanged.
     */
    public static Object parse(String text) {
        if (text == null) {
            return null;
        }
        if (MILLIS.matcher(text).matches()) {
            return new Timestamp(Long.parseLong(text));
        }
        Matcher m = READ.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        String fraction = m.group(7) == null ? "0" : (m.group(7) + "00000000").substring(0, 9);
        return Timestamp.valueOf(LocalDateTime.of(number(m, 1), number(m, 2), number(m, 3), number(m, 4), number(m, 5),
                number(m, 6), Integer.parseInt(fraction)));
    }

    private static int number(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }
}
