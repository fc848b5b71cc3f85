package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T0 = Instant.parse("2026-11-26T10:00:00Z");

    @Test
    void fourFailuresDoNotLockAndTheFifthDoes() {
        SignInThrottle throttle = new SignInThrottle("account:a@example.org", T0);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0.plusSeconds(i), 5);
        }
        assertFalse(throttle.isLocked(T0.plusSeconds(4)));
        throttle.recordFailure(T0.plusSeconds(4), 5);
        assertTrue(throttle.isLocked(T0.plusSeconds(5)));
        assertFalse(throttle.isLocked(T0.plusSeconds(4 + 31)));
    }

    @Test
    void delayDoublesWithEachFurtherFailureUpToFifteenMinutes() {
        assertEquals(Duration.ofSeconds(30), SignInThrottle.delayAfter(0));
        assertEquals(Duration.ofSeconds(60), SignInThrottle.delayAfter(1));
        assertEquals(Duration.ofMinutes(8), SignInThrottle.delayAfter(4));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(5));
        assertEquals(Duration.ofMinutes(15), SignInThrottle.delayAfter(50));
    }

    @Test
    void countStartsAgainAfterAnHourWithoutFailures() {
        SignInThrottle throttle = new SignInThrottle("account:a@example.org", T0);
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(T0, 5);
        }
        throttle.recordFailure(T0.plus(Duration.ofMinutes(61)), 5);
        assertEquals(1, throttle.failures());
        assertFalse(throttle.isLocked(T0.plus(Duration.ofMinutes(61))));
    }

    @Test
    void keysDoNotDependOnTheCaseOfTheEmailAddress() {
        assertEquals(SignInThrottle.forAccount("A@Example.org "), SignInThrottle.forAccount("a@example.org"));
        assertEquals(
                SignInThrottle.forPair("A@Example.org ", "192.0.2.1"),
                SignInThrottle.forPair("a@example.org", "192.0.2.1"));
    }

    @Test
    void aSuccessForgetsThePairsFailuresAndIsRememberedForNinetyDays() {
        SignInThrottle pair = new SignInThrottle("pair:a@example.org|192.0.2.1", T0);
        for (int i = 0; i < 5; i++) {
            pair.recordFailure(T0, 5);
        }
        pair.recordSuccess(T0.plusSeconds(60));
        assertEquals(0, pair.failures());
        assertFalse(pair.isLocked(T0.plusSeconds(61)));
        assertTrue(pair.succeededSince(T0));
        assertEquals(T0.plusSeconds(60).plus(Duration.ofDays(90)), pair.expiresAt());
    }

    @Test
    void aRowExpiresAnHourAfterItsLastFailure() {
        SignInThrottle throttle = new SignInThrottle("address:192.0.2.1", T0);
        throttle.recordFailure(T0, 5);
        assertEquals(T0.plus(Duration.ofHours(1)), throttle.expiresAt());
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure(T0.plus(Duration.ofMinutes(50)), 5);
        }
        assertEquals(T0.plus(Duration.ofMinutes(50)).plus(Duration.ofHours(1)), throttle.expiresAt());
    }
}
