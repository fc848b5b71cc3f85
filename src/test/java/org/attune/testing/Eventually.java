package org.attune.testing;

import java.time.Duration;
import java.util.Optional;

/**
 * The one way tests wait for something that happens in the background (a mail delivered, an after-commit event
 * handled): poll a condition until it holds or a generous deadline passes, then fail saying what did not happen.
 * Never a fixed sleep: a sleep is either too short on a slow machine or wasted time on a fast one.
 */
public final class Eventually {

    /** Long enough for a loaded 2-core CI machine; a passing test waits only as long as it needs. */
    public static final Duration DEADLINE = Duration.ofSeconds(30);

    private static final long POLL_MILLIS = 100;

    /** A check that may throw, e.g. a JDBC count or an HTTP request. */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    private Eventually() {}

    /** Waits until the condition holds; fails with {@code what} (what should have happened) otherwise. */
    public static void until(String what, Probe<Boolean> condition) throws Exception {
        value(what, () -> condition.get() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }

    /** Waits until the probe finds a value and returns it; fails with {@code what} otherwise. */
    public static <T> T value(String what, Probe<Optional<T>> probe) throws Exception {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (true) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + DEADLINE.toSeconds() + " s: " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
