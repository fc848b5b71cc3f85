package org.attune.platform.outbox;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps a timer's rounds from overtaking each other on one node: a round that comes while the last one is still
 * running is skipped.
 */
public final class OneRoundAtATime {

    private final AtomicBoolean running = new AtomicBoolean();

    /** Runs the round unless one is already running. */
    public void run(Runnable round) {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            round.run();
        } finally {
            running.set(false);
        }
    }
}
