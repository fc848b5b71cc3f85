package org.attune.certification;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Runs look-ups that arrive together as one query ("group commit" for reads). A look-up that arrives while fewer
 * than {@code maxRunning} queries are on their way to the database runs at once, taking with it every look-up
 * already waiting (at most {@code maxBatch}); one that arrives while they are all busy waits, and is taken by the next
 * query to start. No look-up ever waits for a timer, each is answered by a query that started after it arrived (so a
 * revocation saved before it is seen), and under load the statement's and the round trip's cost is shared.
 *
 * @param <K> what is looked up (a certificate number)
 * @param <V> what is found
 */
final class LookupBatches<K, V> {

    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Request> waiting = new ArrayDeque<>();
    private final Function<List<K>, Map<K, V>> query;
    private final int maxRunning;
    private final int maxBatch;
    private int running;

    /**
     * @param query finds the values of distinct keys at once; keys not found are left out of its answer
     */
    LookupBatches(Function<List<K>, Map<K, V>> query, int maxRunning, int maxBatch) {
        if (maxRunning < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("maxRunning and maxBatch must be at least 1");
        }
        this.query = query;
        this.maxRunning = maxRunning;
        this.maxBatch = maxBatch;
    }

    private final class Request {
        final K key;
        final Condition wake = lock.newCondition();
        boolean done;
        V found;
        RuntimeException failure;

        Request(K key) {
            this.key = key;
        }
    }

    /** The value for this key, from a query that started after this call; rethrows what that query threw. */
    Optional<V> find(K key) {
        Request mine = new Request(key);
        lock.lock();
        try {
            waiting.addLast(mine);
            while (!mine.done) {
                if (running < maxRunning && !waiting.isEmpty()) {
                    List<Request> batch = new ArrayList<>(Math.min(waiting.size(), maxBatch));
                    while (batch.size() < maxBatch && !waiting.isEmpty()) {
                        batch.add(waiting.pollFirst());
                    }
                    running++;
                    lock.unlock();
                    try {
                        run(batch);
                    } finally {
                        lock.lock();
                        running--;
                        for (Request answered : batch) {
                            answered.wake.signal();
                        }
                        Request next = waiting.peekFirst();
                        if (next != null) {
                            next.wake.signal(); // the longest waiting look-up starts the next query
                        }
                    }
                } else {
                    mine.wake.awaitUninterruptibly();
                }
            }
        } finally {
            lock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return Optional.ofNullable(mine.found);
    }

    /** How many look-ups are waiting for a query to take them. */
    int waiting() {
        lock.lock();
        try {
            return waiting.size();
        } finally {
            lock.unlock();
        }
    }

    /** One query for the batch; every request in it is answered, with the value or the failure. */
    private void run(List<Request> batch) {
        try {
            Map<K, V> found =
                    query.apply(batch.stream().map(r -> r.key).distinct().toList());
            for (Request r : batch) {
                r.found = found.get(r.key);
            }
        } catch (RuntimeException e) {
            batch.forEach(r -> r.failure = e);
        } catch (Error e) {
            batch.forEach(r -> r.failure = new IllegalStateException("Look-up failed: " + e, e));
            throw e;
        } finally {
            batch.forEach(r -> r.done = true);
        }
    }
}
