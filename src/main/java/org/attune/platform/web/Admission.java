package org.attune.platform.web;

import java.util.function.Supplier;

/**
 * What code serving a request may ask of {@link RequestAdmission}: to step aside while it waits for something that has
 * a queue of its own, so that the requests behind it are not kept waiting too. A sign-in waiting its turn for a
 * password check ({@code HashingGate}, at most half the cores) would otherwise hold one of the few page places, and in
 * a sign-in storm every page would wait behind the sign-ins.
 */
public final class Admission {

    private static final ThreadLocal<AdmissionGate.Ticket> CURRENT = new ThreadLocal<>();

    private Admission() {}

    /**
     * Runs the work without this request's place and queues for one again afterwards. Outside a request admitted by
     * {@link RequestAdmission} (a test, a scheduled task) it simply runs the work.
     */
    public static <T> T aside(Supplier<T> work) {
        AdmissionGate.Ticket ticket = CURRENT.get();
        return ticket == null ? work.get() : ticket.aside(work);
    }

    /**
     * Makes the ticket this thread's current one until the returned scope is closed: the request's filter opens it
     * around the rest of the chain, so nothing outlives the request on a pooled thread.
     */
    static Scope during(AdmissionGate.Ticket ticket) {
        CURRENT.set(ticket);
        return CURRENT::remove;
    }

    /** The time a ticket is this thread's current one; closing it forgets the ticket. */
    @FunctionalInterface
    interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
