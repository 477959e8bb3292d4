package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptTest {

    /** Makes 1, 2, 3…; each making after the first waits until {@link #release} lets it finish. */
    private static final class Counter {
        final AtomicInteger made = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch second = new CountDownLatch(1);

        Integer make() {
            int n = made.incrementAndGet();
            if (n > 1) {
                second.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return n;
        }
    }

    @Test
    void aValueWithinItsWhileIsNotMadeAgain() {
        Counter counter = new Counter();
        Kept<Integer> kept = new Kept<>(counter::make, Duration.ofHours(1), "test");
        assertEquals(1, kept.get());
        assertEquals(1, kept.get());
        assertEquals(1, counter.made.get());
    }

    @Test
    void pastItsWhileTheOldValueIsServedWhileOneNewOneIsMade() throws InterruptedException {
        Counter counter = new Counter();
        Kept<Integer> kept = new Kept<>(counter::make, Duration.ZERO, "test");
        assertEquals(1, kept.get());
        Thread.sleep(2);
        // the second making blocks until released: callers meanwhile get the first value at once
        assertEquals(1, kept.get());
        assertTrue(counter.second.await(10, TimeUnit.SECONDS), "a second making started");
        for (int i = 0; i < 5; i++) {
            assertEquals(1, kept.get());
        }
        assertEquals(2, counter.made.get(), "one making at a time");
        counter.release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int value = 1;
        while (value == 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
            value = kept.get();
        }
        assertTrue(value >= 2, "the new value replaces the old");
    }

    @Test
    void primingMakesTheFirstValueAndTheFirstCallerWaitsForIt() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        Kept<Integer> kept = new Kept<>(() -> {
            started.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return made.incrementAndGet();
        }, Duration.ofHours(1), "test");
        kept.prime();
        assertTrue(started.await(10, TimeUnit.SECONDS), "priming started a making");
        Thread caller = new Thread(() -> assertEquals(1, kept.get()));
        caller.start();
        finish.countDown();
        caller.join(10_000);
        assertEquals(1, kept.get());
        assertEquals(1, made.get(), "the caller waited for the primed making instead of starting its own");
    }

    @Test
    void aFailedRemakingKeepsTheOldValue() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        Kept<Integer> kept = new Kept<>(() -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("store closed");
            }
            return 7;
        }, Duration.ZERO, "test");
        assertEquals(7, kept.get());
        Thread.sleep(2);
        assertEquals(7, kept.get());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (calls.get() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        Thread.sleep(20);
        assertEquals(7, kept.get());
    }
}
