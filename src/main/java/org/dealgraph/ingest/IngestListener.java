package org.dealgraph.ingest;

/**
 * Follows an ingest as it goes, for instance to draw a progress bar. Called on the thread that called
 * {@link Ingestor#ingest}, in input order. Inputs are read as they are ingested, so no total is known
 * beforehand ({@link org.dealgraph.read.ArticleFiles#count} finds one).
 */
public interface IngestListener {

    /** A listener that ignores everything. */
    IngestListener NONE = new IngestListener() {
    };

    /** The ingest has begun. */
    default void started() {
    }

    /**
     * {@code inputs} inputs are through the text stages so far, in input order: held or written for their
     * transaction, or done. Told once per input as the writer takes it; {@link #finished} waits for the
     * input's transaction to commit, so an ingest smaller than a transaction finishes every input at its end.
     */
    default void through(int inputs) {
    }

    /** One more input is done, {@code done} so far, counting this one. */
    default void finished(IngestOutcome outcome, int done) {
    }

    /**
     * {@code inputs} more inputs are written into the open write transaction: they are done, and told to
     * {@link #finished}, once it commits.
     */
    default void waiting(int inputs) {
    }

    /** Every input is done. */
    default void ended(int done) {
    }
}
