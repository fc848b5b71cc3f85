package org.attune.platform.web;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One turn at a time per session on this node, for {@link OnePostAtATime}. Each session in flight has a lock of its
 * own, made when its first request arrives and forgotten when its last one leaves, so the requests of two sessions
 * never wait for each other. (Locks shared by several sessions through a hash of the id made a post wait for a
 * stranger's sign-in; with sign-ins queued for a password check at the start of a large class, such posts held every
 * page place and all pages stalled: BENCHMARKS.md, Quiz capacity.) A request that has to wait for its turn steps aside
 * from its page place meanwhile ({@link Admission#aside}).
 */
final class SessionTurns {

    private final ConcurrentHashMap<String, Lane> lanes = new ConcurrentHashMap<>();
    private final long waitNanos;

    SessionTurns(long wait, TimeUnit unit) {
        this.waitNanos = unit.toNanos(wait);
    }

    /**
     * Waits, without a page place, until the session's previous request is done, or for the wait at most; the turn
     * says which (a request that waited the whole wait goes ahead all the same). Close the turn when done.
     */
    Turn enter(String sessionId) throws InterruptedException {
        Lane lane = lanes.compute(sessionId, (id, existing) -> (existing == null ? new Lane() : existing).join());
        Turn turn = new Turn(sessionId, lane);
        try {
            turn.held = lane.lock.tryLock() || Admission.aside(() -> lane.await(waitNanos));
        } catch (RuntimeException e) {
            turn.close();
            throw e;
        }
        if (!turn.held && Thread.interrupted()) {
            turn.close();
            throw new InterruptedException("waiting for the session's previous request");
        }
        return turn;
    }

    /** How many requests of the session wait for its turn now. */
    int waitingFor(String sessionId) {
        Lane lane = lanes.get(sessionId);
        return lane == null ? 0 : lane.lock.getQueueLength();
    }

    /** How many sessions have a request here now. */
    int sessionsInFlight() {
        return lanes.size();
    }

    /** A session's lock and how many of its requests hold it or wait for it. */
    private static final class Lane {

        private final ReentrantLock lock = new ReentrantLock();
        /** Changed only inside the map's compute for this session. */
        private int requests;

        private Lane join() {
            requests++;
            return this;
        }

        private Lane leave() {
            return --requests == 0 ? null : this;
        }

        private boolean await(long nanos) {
            try {
                return lock.tryLock(nanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /** One request's turn, or its wait that ran out. Used by that request's thread only. */
    final class Turn implements AutoCloseable {

        private final String sessionId;
        private final Lane lane;
        private boolean held;
        private boolean closed;

        private Turn(String sessionId, Lane lane) {
            this.sessionId = sessionId;
            this.lane = lane;
        }

        /** Whether the request has the session's turn; false when it waited the whole wait. */
        boolean inTurn() {
            return held;
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (held) {
                held = false;
                lane.lock.unlock();
            }
            lanes.computeIfPresent(sessionId, (id, existing) -> existing.leave());
        }
    }
}
