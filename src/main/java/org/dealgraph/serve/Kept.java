package org.dealgraph.serve;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A value made once and kept for a while, then made again in the background while the old one is still handed
 * out: after the first making, no caller waits for one. Until there is a value, callers wait for the one making
 * under way (started by {@link #prime()}, or by the first caller); never are two made at once. A making that fails
 * in the background leaves the old value, and the next caller after the while starts another. The makings in the
 * background run on a thread of its own, which {@link #stop()} ends, waiting for a making under way: the server
 * stops its pages before it closes the store they read.
 */
final class Kept<T> implements Supplier<T> {

    private static final Logger LOG = LoggerFactory.getLogger(Kept.class);
    /** How long {@link #stop()} waits for a making under way: longer than the page queries' timeouts together. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(120);

    private record Made<T>(T value, long at) {
    }

    private final Supplier<T> make;
    private final long keepNanos;
    private final String name;
    private final ExecutorService background;
    private volatile Made<T> made;
    private boolean remaking;

    /** {@code name}: what the value is, for the background thread's name and the log. */
    Kept(Supplier<T> make, Duration keep, String name) {
        this.make = make;
        this.keepNanos = keep.toNanos();
        this.name = name;
        this.background = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "dealgraph-" + name);
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public T get() {
        Made<T> now = made;
        if (now == null) {
            return first();
        }
        if (System.nanoTime() - now.at() > keepNanos) {
            remakeInBackground();
        }
        return now.value();
    }

    /** Starts the first making in the background, so that it may be done before anyone asks. */
    void prime() {
        inBackground(() -> {
            try {
                first();
            } catch (RuntimeException e) {
                LOG.debug("{}: making it ahead of the first request failed; the first request makes it", name, e);
            }
        });
    }

    /** Starts no more makings, and waits for the one under way, if any, to end. */
    void stop() {
        background.shutdown();
        try {
            if (!background.awaitTermination(STOP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("{}: a making still runs after {} s", name, STOP_WAIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs {@code task} on the thread of makings; not once stopped. */
    private boolean inBackground(Runnable task) {
        try {
            background.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    private synchronized T first() {
        if (made == null) {
            made = new Made<>(make.get(), System.nanoTime());
        }
        return made.value();
    }

    private void remakeInBackground() {
        synchronized (this) {
            if (remaking) {
                return;
            }
            remaking = true;
        }
        boolean started = inBackground(() -> {
            try {
                made = new Made<>(make.get(), System.nanoTime());
            } catch (RuntimeException e) {
                LOG.warn("{}: making it anew failed, the last one is kept: {}", name, e.toString());
            } finally {
                synchronized (this) {
                    remaking = false;
                }
            }
        });
        if (!started) {
            synchronized (this) {
                remaking = false;
            }
        }
    }
}
