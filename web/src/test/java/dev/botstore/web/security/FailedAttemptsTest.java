package dev.botstore.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FailedAttemptsTest {

    @Test
    void anAddressPastItsLimitWaitsWhileOthersDoNot() {
        FailedAttempts attempts = new FailedAttempts(3);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, attempts.fail("10.0.0.1"));
        }
        int wait = attempts.fail("10.0.0.1");
        assertTrue(wait >= 1 && wait <= 60, "wait " + wait);
        assertEquals(0, attempts.fail("10.0.0.2"));
    }
}
