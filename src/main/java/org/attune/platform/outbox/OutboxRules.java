package org.attune.platform.outbox;

import java.time.Duration;
import java.util.Objects;

/**
 * One outbox's rules: its own names for the states an entry moves through, how many attempts it gets, how long a
 * node may hold a claim, and the pauses between attempts (the first one, doubling up to the longest).
 *
 * @param <S> the outbox's state type, stored as a string in its table's {@code state} column
 */
public record OutboxRules<S extends Enum<S>>(
        S pending,
        S sending,
        S done,
        S failed,
        int maxAttempts,
        Duration claim,
        Duration firstPause,
        Duration longestPause) {

    public OutboxRules {
        Objects.requireNonNull(pending);
        Objects.requireNonNull(sending);
        Objects.requireNonNull(done);
        Objects.requireNonNull(failed);
        Objects.requireNonNull(claim);
        Objects.requireNonNull(firstPause);
        Objects.requireNonNull(longestPause);
    }

    /** The pause before the next attempt after this many: the first pause, doubling each time, at most the longest. */
    public Duration pauseAfter(int attempts) {
        Duration pause = firstPause.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 16));
        return pause.compareTo(longestPause) > 0 ? longestPause : pause;
    }
}
