package org.attune.certification;

import java.time.Duration;
import java.time.Instant;

/**
 * The one rule for "expiring soon": the last {@value #DAYS} days of a certificate. From then on renewal is open, the
 * manager's roster shows an alert, the holder's dashboard counts the days down, webhooks announce it and the first
 * reminder goes out; the second reminder goes {@value #LAST_REMINDER_DAYS} days before expiry. Pages say the number
 * through the message bundle with this value as a parameter, so changing it here changes every sentence.
 */
public final class ExpiryWindow {

    public static final int DAYS = 90;
    public static final int LAST_REMINDER_DAYS = 30;

    private ExpiryWindow() {}

    /** The moment a certificate expiring at {@code expiresAt} enters its last {@value #DAYS} days. */
    public static Instant opensFor(Instant expiresAt) {
        return expiresAt.minus(Duration.ofDays(DAYS));
    }

    /** Whether a certificate expiring at {@code expiresAt} is within its last {@value #DAYS} days (or past them). */
    public static boolean isOpen(Instant expiresAt, Instant now) {
        return !now.isBefore(opensFor(expiresAt));
    }

    /** The latest expiry that is "expiring soon" at {@code now}. */
    public static Instant latestExpiryWithin(Instant now) {
        return now.plus(Duration.ofDays(DAYS));
    }
}
