package org.attune.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.attune.testing.Eventually;
import org.junit.jupiter.api.Test;

class HashingGateTest {

    @Test
    void checksBeyondTheBoundWaitUntilAPlaceIsFreeAndThenAllRun() throws Exception {
        HashingGate gate = new HashingGate(2);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Boolean>> checks = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                checks.add(pool.submit(() -> gate.through(() -> {
                    mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    inside.decrementAndGet();
                    return true;
                })));
            }
            Eventually.until("four checks wait while two run", () -> gate.waiting() == 4);
            assertEquals(2, inside.get(), "only the bound runs at once");
            release.countDown();
            for (Future<Boolean> check : checks) {
                assertTrue(check.get(30, TimeUnit.SECONDS), "every check runs in the end");
            }
            assertEquals(2, mostInside.get());
            assertEquals(0, gate.waiting());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCheckThatFailsGivesItsPlaceBack() {
        HashingGate gate = new HashingGate(1);
        assertThrows(
                IllegalStateException.class,
                () -> gate.through(() -> {
                    throw new IllegalStateException("broken");
                }));
        assertEquals("ran", gate.through(() -> "ran"), "the one place is free again");
    }

    @Test
    void aGateLetsAtLeastOneCheckThroughAndHalfTheCoresHere() {
        assertThrows(IllegalArgumentException.class, () -> new HashingGate(0));
        assertEquals(
                Math.max(1, Runtime.getRuntime().availableProcessors() / 2),
                HashingGate.forThisMachine().bound());
    }
}
