package org.attune.account.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionLimitFilterTest {

    @Test
    void sessionEndsTwelveHoursAfterSignInHoweverActive() {
        Instant signedIn = Instant.parse("2026-11-26T08:00:00Z");
        assertFalse(SessionLimitFilter.isPastLimit(signedIn.toEpochMilli(), signedIn.plus(Duration.ofHours(11))));
        assertTrue(SessionLimitFilter.isPastLimit(
                signedIn.toEpochMilli(), signedIn.plus(Duration.ofHours(12)).plusSeconds(1)));
    }
}
