package org.dealgraph.ingest;

/** Follows an ingest as it goes, for instance to draw a progress bar. Called on the ingesting thread. */
public interface IngestListener {

    /** A listener that ignores everything. */
    IngestListener NONE = new IngestListener() {
    };

    /** The inputs have been read; {@code total} outcomes will follow. */
    default void started(int total) {
    }

    /** One more input is done; {@code done} of {@code total} so far. */
    default void finished(IngestOutcome outcome, int done, int total) {
    }
}
