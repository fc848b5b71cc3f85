package org.attune.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.attune.testing.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LookupBatchesTest {

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final List<List<String>> queries = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    /** A query that records what it was asked and finds every key but "missing", as "value of KEY". */
    private Map<String, String> answer(List<String> keys) {
        queries.add(List.copyOf(keys));
        Map<String, String> found = new HashMap<>();
        keys.stream().filter(k -> !k.equals("missing")).forEach(k -> found.put(k, "value of " + k));
        return found;
    }

    @Test
    void aLookupOnItsOwnRunsAtOnceForItsOwnKey() {
        LookupBatches<String, String> batches = new LookupBatches<>(this::answer, 2, 64);
        assertEquals(Optional.of("value of a"), batches.find("a"));
        assertEquals(Optional.empty(), batches.find("missing"));
        assertEquals(List.of(List.of("a"), List.of("missing")), queries);
    }

    @Test
    void lookupsArrivingWhileTheQueryIsBusyShareTheNextQueryAndEachGetsItsOwnAnswer() throws Exception {
        CountDownLatch firstStarted = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        LookupBatches<String, String> batches = new LookupBatches<>(
                keys -> {
                    if (keys.equals(List.of("first"))) {
                        firstStarted.countDown();
                        await(releaseFirst);
                    }
                    return answer(keys);
                },
                1,
                64);
        Future<Optional<String>> first = threads.submit(() -> batches.find("first"));
        assertTrue(firstStarted.await(10, TimeUnit.SECONDS));
        List<Future<Optional<String>>> later = new ArrayList<>();
        for (String key : List.of("b", "c", "missing", "c")) {
            later.add(threads.submit(() -> batches.find(key)));
        }
        waitUntilWaiting(batches, 4);
        assertTrue(queries.isEmpty(), "a later look-up ran before the first query ended: " + queries);
        releaseFirst.countDown();
        assertEquals(Optional.of("value of first"), first.get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of("value of b"), later.get(0).get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of("value of c"), later.get(1).get(10, TimeUnit.SECONDS));
        assertEquals(Optional.empty(), later.get(2).get(10, TimeUnit.SECONDS));
        assertEquals(Optional.of("value of c"), later.get(3).get(10, TimeUnit.SECONDS));
        assertEquals(2, queries.size(), "the waiting look-ups were not answered by one query: " + queries);
        assertEquals(Set.of("b", "c", "missing"), Set.copyOf(queries.get(1)));
        assertEquals(3, queries.get(1).size(), "a key asked twice was queried twice");
    }

    @Test
    void aFailedQueryFailsEveryLookupInItAndTheNextQueryStillRuns() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        LookupBatches<String, String> batches = new LookupBatches<>(
                keys -> {
                    if (calls.getAndIncrement() == 0) {
                        throw new IllegalStateException("database gone");
                    }
                    return answer(keys);
                },
                1,
                64);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> batches.find("a"));
        assertEquals("database gone", e.getMessage());
        assertEquals(Optional.of("value of a"), batches.find("a"));
    }

    @Test
    void underLoadNoMoreThanTheLimitsRunAndEveryLookupGetsTheAnswerForItsKey() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        AtomicInteger biggest = new AtomicInteger();
        Function<List<String>, Map<String, String>> slowQuery = keys -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            biggest.accumulateAndGet(keys.size(), Math::max);
            try {
                Thread.sleep(0, 200_000);
                Map<String, String> found = new HashMap<>();
                keys.forEach(k -> found.put(k, "value of " + k));
                return found;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        };
        LookupBatches<String, String> batches = new LookupBatches<>(slowQuery, 2, 8);
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 24; t++) {
            workers.add(threads.submit(() -> {
                int wrong = 0;
                for (int i = 0; i < 500; i++) {
                    String key = "k" + ThreadLocalRandom.current().nextInt(100);
                    if (!batches.find(key).equals(Optional.of("value of " + key))) {
                        wrong++;
                    }
                }
                return wrong;
            }));
        }
        for (Future<Integer> worker : workers) {
            assertEquals(0, worker.get(60, TimeUnit.SECONDS), "a look-up got another key's answer");
        }
        assertTrue(mostInFlight.get() <= 2, mostInFlight.get() + " queries ran at once");
        assertTrue(biggest.get() <= 8, "a query for " + biggest.get() + " keys");
        assertTrue(biggest.get() > 1, "look-ups never shared a query");
    }

    @Test
    void limitsMustAllowALookup() {
        assertThrows(IllegalArgumentException.class, () -> new LookupBatches<String, String>(this::answer, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new LookupBatches<String, String>(this::answer, 1, 0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntilWaiting(LookupBatches<?, ?> batches, int count) throws Exception {
        Eventually.until("the later look-ups are waiting", () -> batches.waiting() >= count);
        assertEquals(count, batches.waiting(), "more look-ups are waiting than were started");
    }
}
