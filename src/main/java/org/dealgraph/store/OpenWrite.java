package org.dealgraph.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;

/**
 * A write transaction held open on one thread while several batches of article graphs are written into it
 * (see {@link ArticleStore#beginWrite()}). Nothing of it is visible to readers, or survives a crash, until
 * {@link #commit()}; {@link #close()} without a commit throws it all away. If a write inside it fails, the
 * whole transaction is aborted and this is no longer {@link #active()}.
 */
public final class OpenWrite implements AutoCloseable {

    private final Dataset dataset;

    OpenWrite(Dataset dataset) {
        if (dataset.isInTransaction()) {
            throw new IllegalStateException("this thread already holds a transaction on the store");
        }
        this.dataset = dataset;
        dataset.begin(TxnType.WRITE);
    }

    /** Whether the transaction is still open: neither committed, nor closed, nor aborted by a failed write. */
    public boolean active() {
        return dataset.isInTransaction();
    }

    /** Makes everything written in the transaction durable and visible, at once. */
    public void commit() {
        if (!active()) {
            throw new IllegalStateException("no open write transaction to commit");
        }
        try {
            dataset.commit();
        } finally {
            dataset.end();
        }
    }

    /** Throws away everything written since the transaction began, unless it was committed. */
    @Override
    public void close() {
        if (active()) {
            try {
                dataset.abort();
            } finally {
                dataset.end();
            }
        }
    }
}
