package org.dealgraph.serve;

import java.time.Duration;
import java.util.function.Supplier;

/** A value made on first use and kept for a while, then made again on the next use: one making per while. */
final class Kept<T> implements Supplier<T> {

    private final Supplier<T> make;
    private final long keepNanos;
    private T kept;
    private long madeAt;

    Kept(Supplier<T> make, Duration keep) {
        this.make = make;
        this.keepNanos = keep.toNanos();
    }

    @Override
    public synchronized T get() {
        long now = System.nanoTime();
        if (kept == null || now - madeAt > keepNanos) {
            kept = make.get();
            madeAt = now;
        }
        return kept;
    }
}
