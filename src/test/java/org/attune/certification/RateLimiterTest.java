package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static RateLimiter limiter(double perMinute, double burst) throws Exception {
        RateLimiter limiter = new RateLimiter();
        set(limiter, "perMinute", perMinute);
        set(limiter, "burst", burst);
        return limiter;
    }

    private static void set(Object target, String field, Object value) throws Exception {
        Field f = RateLimiter.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    void aBurstIsAllowedThenTheClientWaitsForTheRefill() throws Exception {
        RateLimiter limiter = limiter(60, 5);
        long t = 1_700_000_000_000L;
        for (int i = 0; i < 5; i++) {
            assertEquals(0, limiter.secondsUntilAllowed("10.0.0.1", t));
        }
        assertEquals(1, limiter.secondsUntilAllowed("10.0.0.1", t), "one a second at 60 a minute");
        assertEquals(0, limiter.secondsUntilAllowed("10.0.0.2", t), "another client has its own bucket");
        assertEquals(0, limiter.secondsUntilAllowed("10.0.0.1", t + 1_000L), "refilled after a second");
        assertTrue(limiter.secondsUntilAllowed("10.0.0.1", t + 1_000L) > 0);
    }
}
