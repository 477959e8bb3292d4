package org.dealgraph.serve;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The values a server's pages make in the background ({@link Kept}: the front page, the graph view's suggestions),
 * so that stopping the server ends their makings before the store they read is closed. The server finds it among
 * its builder's servlet attributes.
 */
final class BackgroundMakings {

    /** The servlet attribute under which the pages leave it. */
    static final String ATTRIBUTE = "org.dealgraph.serve.BackgroundMakings";

    private final List<Kept<?>> kept = new CopyOnWriteArrayList<>();

    /** {@code value}, to be stopped with the others. */
    <T> Kept<T> add(Kept<T> value) {
        kept.add(value);
        return value;
    }

    /** Starts no more makings, and waits for those under way. */
    void stop() {
        kept.forEach(Kept::stop);
    }
}
