package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Failed sign-ins counted for one key (an account's e-mail address or a client address). After a threshold of
 * failures, further attempts are refused for a delay that doubles with each failure, up to 15 minutes. The count
 * starts again after an hour without failures or after a successful sign-in. Kept in the database, so every node of a
 * cluster sees the same counts.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    @Id
    @Column(name = "throttle_key", length = 400)
    private String key;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "last_failure_at", nullable = false)
    private Instant lastFailureAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected SignInThrottle() {
        // for JPA
    }

    public SignInThrottle(String key, Instant now) {
        this.key = Objects.requireNonNull(key, "key");
        this.lastFailureAt = Objects.requireNonNull(now, "now");
    }

    public static String forAccount(String email) {
        return "account:" + Person.normaliseEmail(email);
    }

    public static String forAddress(String address) {
        return "address:" + address;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure at {@code now}; locks once {@code threshold} failures have been reached. */
    public void recordFailure(Instant now, int threshold) {
        if (failures > 0 && Duration.between(lastFailureAt, now).compareTo(FORGET_AFTER) > 0 && !isLocked(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= threshold) {
            lockedUntil = now.plus(delayAfter(failures - threshold));
        }
    }

    /** 30 s after the threshold is reached, doubling with each further failure, at most 15 minutes. */
    static Duration delayAfter(int failuresBeyondThreshold) {
        int doublings = Math.min(failuresBeyondThreshold, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    public int failures() {
        return failures;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public String key() {
        return key;
    }
}
