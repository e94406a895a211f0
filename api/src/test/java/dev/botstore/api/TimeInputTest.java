package dev.botstore.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.error.InvalidInputException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeInputTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00.250Z");
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void secondsMillisecondsAndIsoNameTheSameInstant() {
        assertEquals(NOON, TimeInput.parse("t", "1795348800.25", ZoneOffset.UTC));
        assertEquals(NOON, TimeInput.parse("t", "1795348800250", ZoneOffset.UTC));
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T12:00:00.250Z", ZoneOffset.UTC));
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T14:00:00.250+02:00", ZoneOffset.UTC));
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T12:00:00.250", ZoneOffset.UTC));
    }

    @Test
    void aDateTimeWithoutAnOffsetIsWallClockTimeInTheGivenZone() {
        // what datetime.now().isoformat() sends from a bot in China: 20:00 there is 12:00 UTC
        assertEquals(NOON, TimeInput.parse("created_at", "2026-11-22T20:00:00.250000", SHANGHAI));
        // str(datetime) separates with a space; fromisoformat reads it all the same
        assertEquals(NOON, TimeInput.parse("created_at", "2026-11-22 20:00:00.250", SHANGHAI));
    }

    @Test
    void anOffsetOrZOrAnEpochNumberIsNotMovedByTheZone() {
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T12:00:00.250Z", SHANGHAI));
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T20:00:00.250+08:00", SHANGHAI));
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T07:00:00.250-05:00", SHANGHAI));
        assertEquals(NOON, TimeInput.parse("t", "1795348800.25", SHANGHAI));
    }

    @Test
    void absentIsNullAndGarbageIsA400NamingTheField() {
        assertNull(TimeInput.parse("since", " ", ZoneOffset.UTC));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> TimeInput.parse("since", "yesterday", ZoneOffset.UTC));
        assertEquals("since", e.field());
        assertTrue(e.getMessage().contains("yesterday"));
    }

    @Test
    void aTimeOutsideTheYears1To9999IsA400NotAnOverflow() {
        for (String far : new String[] {"99999999999999999999", "-99999999999999999999", "1e400",
                "+999999999-12-31T00:00:00Z"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> TimeInput.parse("at", far, ZoneOffset.UTC));
            assertEquals("at", e.field());
        }
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), TimeInput.parse("at", "9999-12-31T23:59:59Z", ZoneOffset.UTC));
    }

    @Test
    void convertsToTheOriginalsUnits() {
        assertEquals(1795348800.25, TimeInput.epochSeconds(NOON), 1e-6);
        assertEquals(1795348800250L, TimeInput.epochMillis(NOON));
    }
}
