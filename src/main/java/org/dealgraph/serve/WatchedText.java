package org.dealgraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryCancelledException;

/**
 * A string as a regular expression reads it, one character at a time, that stops the match once its query
 * is cancelled. Java's matcher has no way to be interrupted, and a pattern such as {@code ^(.*a){25}b} can
 * backtrack for hours over forty characters; but it reads every character through {@link #charAt}, so
 * looking at the query's cancel signal every few thousand reads stops it within a moment of its timeout.
 */
final class WatchedText implements CharSequence {

    /** Reads between two looks at the signal, less one: a power of two, so the test is a mask. */
    private static final int EVERY = (1 << 12) - 1;

    private final String text;
    private final AtomicBoolean cancelled;
    private int reads;

    /** {@code text} watched by {@code cancelled}, which may be null: then nothing stops the match. */
    WatchedText(String text, AtomicBoolean cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & EVERY) == 0 && cancelled != null && cancelled.get()) {
            throw new QueryCancelledException();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
