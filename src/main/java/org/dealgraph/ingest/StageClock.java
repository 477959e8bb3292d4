package org.dealgraph.ingest;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Adds up the time spent in each {@link Stage}, from any number of threads. Two clock readings per timed
 * step: cheap next to the work timed.
 */
final class StageClock {

    private final LongAdder[] nanos = new LongAdder[Stage.values().length];

    StageClock() {
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    /** Runs {@code work}, adding its duration to {@code stage}. */
    <T> T time(Stage stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    void add(Stage stage, long elapsedNanos) {
        nanos[stage.ordinal()].add(elapsedNanos);
    }

    StageTimes times() {
        return new StageTimes(seconds(Stage.READ), seconds(Stage.CHECK), seconds(Stage.ANALYSE),
                seconds(Stage.EXTRACT), seconds(Stage.RESOLVE), seconds(Stage.MAP), seconds(Stage.STORE));
    }

    private double seconds(Stage stage) {
        return nanos[stage.ordinal()].sum() / 1e9;
    }
}
