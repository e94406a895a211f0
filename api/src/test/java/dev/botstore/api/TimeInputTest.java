package dev.botstore.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.botstore.api.error.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeInputTest {

    private static final Instant NOON = Instant.parse("2026-11-22T12:00:00.250Z");

    @Test
    void secondsMillisecondsAndIsoNameTheSameInstant() {
        assertEquals(NOON, TimeInput.parse("t", "1795348800.25"));
        assertEquals(NOON, TimeInput.parse("t", "1795348800250"));
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T12:00:00.250Z"));
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T14:00:00.250+02:00"));
        assertEquals(NOON, TimeInput.parse("t", "2026-11-22T12:00:00.250"));
    }

    @Test
    void absentIsNullAndGarbageIsA400NamingTheField() {
        assertNull(TimeInput.parse("since", " "));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TimeInput.parse("since", "yesterday"));
        assertEquals("since", e.field());
        assertTrue(e.getMessage().contains("yesterday"));
    }

    @Test
    void aTimeOutsideTheYears1To9999IsA400NotAnOverflow() {
        for (String far : new String[] {"99999999999999999999", "-99999999999999999999", "1e400",
                "+999999999-12-31T00:00:00Z"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> TimeInput.parse("at", far));
            assertEquals("at", e.field());
        }
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), TimeInput.parse("at", "9999-12-31T23:59:59Z"));
    }

    @Test
    void convertsToTheOriginalsUnits() {
        assertEquals(1795348800.25, TimeInput.epochSeconds(NOON), 1e-6);
        assertEquals(1795348800250L, TimeInput.epochMillis(NOON));
    }
}
