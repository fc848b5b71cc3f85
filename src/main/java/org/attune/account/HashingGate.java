package org.attune.account;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.attune.platform.web.Admission;

/**
 * Bounds how many sign-in password checks run at once on this node. Each check is PBKDF2 at OWASP's work factor
 * (about 0.2 s of one core here), slow on purpose; at the start of a class 200 trainees sign in within a minute, and
 * without a bound every one of them would take a core at once, starving the quiz saves and pages of the people
 * already signed in. Checks beyond the bound wait their turn (first come, first served), so a storm costs the ones
 * signing in some waiting, not everyone else their answers. The bound is half the node's cores (at least one):
 * the rest is left for everything else. A per-node resource limit, not shared state: each node bounds its own CPU.
 */
public final class HashingGate {

    private final Semaphore permits;
    private final int bound;

    public HashingGate(int bound) {
        if (bound < 1) {
            throw new IllegalArgumentException("bound < 1: " + bound); // a programming error, never shown
        }
        this.bound = bound;
        this.permits = new Semaphore(bound, true);
    }

    /** Half this machine's cores, at least one. */
    public static HashingGate forThisMachine() {
        return new HashingGate(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    /**
     * Runs the check when a place is free; waits for one otherwise. Meanwhile the request steps aside from its page
     * place ({@link Admission#aside}): the check is bounded here, and pages should not wait behind sign-ins.
     */
    public <T> T through(Supplier<T> check) {
        return Admission.aside(() -> {
            permits.acquireUninterruptibly();
            try {
                return check.get();
            } finally {
                permits.release();
            }
        });
    }

    public int bound() {
        return bound;
    }

    /** How many checks are waiting for a place now. */
    public int waiting() {
        return permits.getQueueLength();
    }
}
