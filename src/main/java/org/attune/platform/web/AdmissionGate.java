package org.attune.platform.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How many requests of each kind this node works on at once. A page (a Faces view built and rendered, a form post, a
 * file) costs tens of milliseconds of CPU; an API call such as a quiz answer's save costs a few. Both used to wait for
 * one of Payara's 8 worker threads in one queue, first come first served, so at the start of a class, when 200
 * trainees start a quiz and load its page within seconds, every save waited behind the pages queued before it. Now
 * the server has threads enough to take every request, and each kind has places of its own: pages wait only for
 * pages, quick requests only for quick ones, each in order of arrival. Two cores serve a queue in order better than
 * many threads taking turns (BENCHMARKS.md, Certificate verification), so each kind's places are few. A per-node
 * resource limit, not shared state: each node bounds its own CPU.
 */
final class AdmissionGate {

    /** What a request costs, as far as the gate is concerned. */
    enum Kind {
        /** API calls and static resources: a few milliseconds each. */
        QUICK,
        /** Everything else: a Faces page, a form post, a download. */
        PAGE
    }

    private final Semaphore quick;
    private final Semaphore pages;

    AdmissionGate(int quick, int pages) {
        if (quick < 1 || pages < 1) {
            throw new IllegalArgumentException("places < 1: " + quick + ", " + pages); // a programming error
        }
        this.quick = new Semaphore(quick, true);
        this.pages = new Semaphore(pages, true);
    }

    /**
     * Four quick requests per core (the 8 worker threads of two cores measured best for look-ups in BENCHMARKS.md,
     * Certificate verification) and two pages per core (BENCHMARKS.md, Quizzes: with three the pages took the CPU
     * from the saves, with one the pages starved).
     */
    static AdmissionGate forThisMachine() {
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        return new AdmissionGate(4 * cores, 2 * cores);
    }

    /**
     * Waits up to the timeout for a place. The ticket says whether it got one; a request that did not goes ahead all
     * the same (late, never lost) and holds nothing.
     */
    Ticket enter(Kind kind, long timeout, TimeUnit unit) throws InterruptedException {
        Semaphore places = kind == Kind.QUICK ? quick : pages;
        return new Ticket(places, places.tryAcquire(timeout, unit), unit.toNanos(timeout));
    }

    /**
     * A place at work, given back on {@link #close()}. Used by one request's thread only. While the request waits for
     * something slower than its kind (a password check waiting for {@code HashingGate}), it can step aside: give its
     * place to the next request of its kind and queue for one again afterwards.
     */
    static final class Ticket implements AutoCloseable {

        private final Semaphore places;
        private final long waitNanos;
        private boolean holding;

        private Ticket(Semaphore places, boolean holding, long waitNanos) {
            this.places = places;
            this.holding = holding;
            this.waitNanos = waitNanos;
        }

        boolean admitted() {
            return holding;
        }

        /**
         * Runs the work without this ticket's place, then waits (as long as on entry, in order of arrival) for a place
         * again; if none comes in time the request goes on without one, as on entry.
         */
        <T> T aside(Supplier<T> work) {
            if (!holding) {
                return work.get();
            }
            places.release();
            holding = false;
            try {
                return work.get();
            } finally {
                try {
                    holding = places.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @Override
        public void close() {
            if (holding) {
                places.release();
                holding = false;
            }
        }
    }
}
