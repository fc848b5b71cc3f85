package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The pure sign-in pause rule: who waits when a pair, an account or an address has been failing. */
class SignInPausesTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant NOW = T0.plusSeconds(10);

    private static SignInThrottle failed(String key, int times, int threshold) {
        SignInThrottle throttle = new SignInThrottle(key, T0);
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(T0.plusMillis(i), threshold);
        }
        return throttle;
    }

    private static SignInThrottle pausedAccount() {
        return failed("account:a@example.org", SignInPauses.ACCOUNT_THRESHOLD, SignInPauses.ACCOUNT_THRESHOLD);
    }

    private static SignInThrottle pausedAddress() {
        return failed("address:192.0.2.1", SignInPauses.ADDRESS_THRESHOLD, SignInPauses.ADDRESS_THRESHOLD);
    }

    @Test
    void nothingRecordedPausesNobody() {
        assertFalse(SignInPauses.paused(null, null, null, false, NOW));
    }

    @Test
    void aPairIsPausedAfterFiveFailuresEvenOnAKnownDevice() {
        SignInThrottle pair = failed("pair:a@example.org|192.0.2.1", 5, SignInPauses.PAIR_THRESHOLD);
        assertTrue(SignInPauses.paused(pair, null, null, false, NOW));
        assertTrue(SignInPauses.paused(pair, null, null, true, NOW));
        assertFalse(SignInPauses.paused(
                failed("pair:a@example.org|192.0.2.1", 4, SignInPauses.PAIR_THRESHOLD), null, null, false, NOW));
    }

    @Test
    void aPausedAccountStopsOnlyAddressesThatHaveBeenFailingForIt() {
        SignInThrottle failingPair = failed("pair:a@example.org|192.0.2.1", 1, SignInPauses.PAIR_THRESHOLD);
        assertTrue(SignInPauses.paused(failingPair, pausedAccount(), null, false, NOW));
        assertFalse(SignInPauses.paused(null, pausedAccount(), null, false, NOW), "a fresh address was stopped");
        assertFalse(SignInPauses.paused(failingPair, pausedAccount(), null, true, NOW), "a known device was stopped");
    }

    @Test
    void aPairsFailuresAreForgottenAfterAnHour() {
        SignInThrottle oldFailure = failed("pair:a@example.org|192.0.2.1", 1, SignInPauses.PAIR_THRESHOLD);
        SignInThrottle account =
                failed("account:a@example.org", SignInPauses.ACCOUNT_THRESHOLD + 20, SignInPauses.ACCOUNT_THRESHOLD);
        Instant later = T0.plus(Duration.ofMinutes(61));
        account.recordFailure(later, SignInPauses.ACCOUNT_THRESHOLD);
        assertFalse(SignInPauses.paused(oldFailure, account, null, false, later.plusSeconds(1)));
    }

    @Test
    void aPausedAddressStopsOnlyAccountsThatHaveNotSignedInFromIt() {
        assertTrue(SignInPauses.paused(null, null, pausedAddress(), false, NOW));
        SignInThrottle knownPair = new SignInThrottle("pair:a@example.org|192.0.2.1", T0);
        knownPair.recordSuccess(T0.minus(Duration.ofDays(30)));
        assertFalse(SignInPauses.paused(knownPair, null, pausedAddress(), false, NOW));
        assertFalse(SignInPauses.paused(null, null, pausedAddress(), true, NOW), "a known device was stopped");
        SignInThrottle longAgo = new SignInThrottle("pair:a@example.org|192.0.2.1", T0);
        longAgo.recordSuccess(T0.minus(Duration.ofDays(91)));
        assertTrue(SignInPauses.paused(longAgo, null, pausedAddress(), false, NOW));
    }
}
