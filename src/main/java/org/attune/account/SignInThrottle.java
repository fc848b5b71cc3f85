package org.attune.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Failed sign-ins counted for one key: an (account, client address) pair, an account's e-mail address, or a client
 * address. After a threshold of failures the key is paused for a delay that doubles with each further failure, up to
 * 15 minutes. The count starts again after an hour without failures; a pair's count also after a successful sign-in,
 * which the pair remembers for 90 days. Kept in the database, so every node of a cluster sees the same counts; a
 * periodic job deletes rows past {@code expires_at}.
 */
@Entity
@Table(name = "sign_in_throttle")
public class SignInThrottle {

    static final Duration FIRST_DELAY = Duration.ofSeconds(30);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    /** How long a pair remembers a successful sign-in (an address known for the account). */
    static final Duration REMEMBER_SUCCESS = Duration.ofDays(90);

    @Id
    @Column(name = "throttle_key", length = 400)
    private String key;

    private int failures;

    /** The last failure, or when the row was created if it has had none. */
    private Instant lastFailureAt;

    private Instant lockedUntil;

    private Instant succeededAt;

    private Instant expiresAt;

    protected SignInThrottle() {
        // for JPA
    }

    public SignInThrottle(String key, Instant now) {
        this.key = Objects.requireNonNull(key, "key");
        this.lastFailureAt = Objects.requireNonNull(now, "now");
        this.expiresAt = now.plus(FORGET_AFTER);
    }

    public static String forAccount(String email) {
        return "account:" + PersonRules.normaliseEmail(email);
    }

    public static String forAddress(String address) {
        return "address:" + address;
    }

    public static String forPair(String email, String address) {
        return "pair:" + PersonRules.normaliseEmail(email) + "|" + address;
    }

    /** The prefix of every pair key of one account, for forgetting them all. */
    static String pairPrefix(String email) {
        return "pair:" + PersonRules.normaliseEmail(email) + "|";
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether failures are counted now: some within the last hour, or a pause still running. */
    public boolean hasRecentFailures(Instant now) {
        return failures > 0
                && (isLocked(now) || Duration.between(lastFailureAt, now).compareTo(FORGET_AFTER) <= 0);
    }

    /** Whether this key (a pair) has signed in successfully within the last 90 days. */
    public boolean succeededSince(Instant since) {
        return succeededAt != null && succeededAt.isAfter(since);
    }

    /** Counts a failure at {@code now}; locks once {@code threshold} failures have been reached. */
    public void recordFailure(Instant now, int threshold) {
        if (!hasRecentFailures(now)) {
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= threshold) {
            lockedUntil = now.plus(delayAfter(failures - threshold));
        }
        expiresAt = latestNeed();
    }

    /** A successful sign-in for this pair: its failures are forgotten and the success remembered. */
    public void recordSuccess(Instant now) {
        failures = 0;
        lockedUntil = null;
        succeededAt = now;
        expiresAt = latestNeed();
    }

    private Instant latestNeed() {
        Instant need = lastFailureAt.plus(FORGET_AFTER);
        if (lockedUntil != null && lockedUntil.isAfter(need)) {
            need = lockedUntil;
        }
        if (succeededAt != null && succeededAt.plus(REMEMBER_SUCCESS).isAfter(need)) {
            need = succeededAt.plus(REMEMBER_SUCCESS);
        }
        return need;
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

    /** The last failure, or when the row was created if it has had none. */
    public Instant lastFailureAt() {
        return lastFailureAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public String key() {
        return key;
    }
}
