package org.dealgraph.ingest;

import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.dealgraph.store.ArticleStore;

/** Counts taken from the store for the report. */
final class StoreCounts {

    private StoreCounts() {
    }

    /** The distinct triples of the union of the article graphs. */
    static long triples(ArticleStore store) {
        Dataset dataset = store.dataset();
        return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getUnionGraph().size());
    }
}
