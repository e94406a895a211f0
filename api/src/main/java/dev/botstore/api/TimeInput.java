package dev.botstore.api;

import dev.botstore.api.error.InvalidInputException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * A point in time as callers give it: epoch seconds (fractions allowed), epoch milliseconds, or
 * ISO-8601. A number of 10^11 or more is milliseconds: as seconds it would lie past the year 5000,
 * as milliseconds it is 1973 or later. A date-time without an offset is a wall-clock time in the
 * zone the caller lives in, as the original reads it ({@code datetime.fromisoformat(t).timestamp()}
 * on the bot's host); the web layer passes the configured {@code time_zone}. Columns keep the
 * original's own unit; converting to it is the facade's business, with {@link #epochSeconds} and
 * {@link #epochMillis}.
 */
public final class TimeInput {

    private static final Pattern OFFSET = Pattern.compile("T.*[+-]\\d\\d:\\d\\d$");

    private static final BigDecimal MILLIS_FROM = BigDecimal.valueOf(100_000_000_000L);
    /** Years 1 to 9999: what ISO-8601 writes with four digits, and every backend stores. */
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private TimeInput() {
    }

    /**
     * The instant named by {@code raw}, a date-time without an offset read in {@code localZone}; null
     * when absent; a 400 naming {@code field} when unreadable.
     */
    public static Instant parse(String field, String raw, ZoneId localZone) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant instant = read(field, raw, localZone);
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new InvalidInputException(field, field + " lies outside the years 1 to 9999: '" + raw + "'");
        }
        return instant;
    }

    private static Instant read(String field, String raw, ZoneId localZone) {
        String text = raw.strip();
        try {
            BigDecimal number = new BigDecimal(text);
            BigDecimal seconds = number.abs().compareTo(MILLIS_FROM) >= 0 ? number.movePointLeft(3) : number;
            if (seconds.abs().compareTo(BigDecimal.valueOf(LATEST.getEpochSecond())) > 0) {
                return seconds.signum() < 0 ? Instant.MIN : Instant.MAX; // refused by the caller, named
            }
            long whole = seconds.longValue();
            long nanos = seconds.subtract(BigDecimal.valueOf(whole)).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole, nanos);
        } catch (NumberFormatException | ArithmeticException notANumber) {
            // not a number: try ISO-8601 below
        }
        try {
            // Python's str(datetime) separates date and time with a space; fromisoformat takes both
            String iso = text.length() > 10 && text.charAt(10) == ' ' ? text.substring(0, 10) + 'T' + text.substring(11) : text;
            return iso.endsWith("Z") || OFFSET.matcher(iso).find()
                    ? OffsetDateTime.parse(iso).toInstant()
                    : LocalDateTime.parse(iso).atZone(localZone).toInstant();
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, field + " must be epoch seconds, epoch milliseconds or"
                    + " ISO-8601 (2026-11-22T08:00:00Z), not '" + raw + "'");
        }
    }

    /** Epoch seconds with fraction, the unit of the original's float timestamp columns. */
    public static double epochSeconds(Instant instant) {
        return instant.getEpochSecond() + instant.getNano() / 1e9;
    }

    /** Epoch milliseconds, the unit of {@code conversation_goals}. */
    public static long epochMillis(Instant instant) {
        return instant.toEpochMilli();
    }
}
