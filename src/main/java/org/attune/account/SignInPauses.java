package org.attune.account;

import java.time.Instant;

/**
 * Whether a sign-in attempt waits, from the three counts kept for it (OWASP Authentication and Credential Stuffing
 * cheat sheets: slow guessing without letting an attacker lock the owner out):
 * <ul>
 * <li>the (account, address) pair: paused after {@value #PAIR_THRESHOLD} failures, even for a known device;</li>
 * <li>the account, counted from every address: after {@value #ACCOUNT_THRESHOLD} failures it pauses only the
 * addresses that have been failing for it, so the owner signs in from anywhere else;</li>
 * <li>the address, counted over every account: after {@value #ADDRESS_THRESHOLD} failures (high, since families
 * and schools share addresses) it pauses the accounts that have not signed in successfully from it before.</li>
 * </ul>
 * A device carrying a valid known-device cookie for the account is exempt from the account and address pauses.
 */
final class SignInPauses {

    /** Failures of one account from one address before that pair is paused. */
    static final int PAIR_THRESHOLD = 5;
    /** Failures of one account from any addresses before its failing addresses are paused. */
    static final int ACCOUNT_THRESHOLD = 10;
    /** Failures from one address on any accounts before it is paused for accounts it has not signed in to. */
    static final int ADDRESS_THRESHOLD = 50;

    private SignInPauses() {}

    /** Any of the throttles may be null (no row: no failures). */
    static boolean paused(
            SignInThrottle pair, SignInThrottle account, SignInThrottle address, boolean knownDevice, Instant now) {
        if (pair != null && pair.isLocked(now)) {
            return true;
        }
        if (knownDevice) {
            return false;
        }
        if (account != null && account.isLocked(now) && pair != null && pair.hasRecentFailures(now)) {
            return true;
        }
        boolean knownAddress = pair != null && pair.succeededSince(now.minus(SignInThrottle.REMEMBER_SUCCESS));
        return address != null && address.isLocked(now) && !knownAddress;
    }
}
