package org.dealgraph.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.dealgraph.ingest.IngestListener;
import org.dealgraph.ingest.IngestOutcome;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;

/** What {@code dealgraph ingest} makes of some paths: the store it fills, and the inputs it rejects. */
record Ingested(ArticleStore store, List<IngestOutcome.Rejected> rejected) {

    /** Ingests {@code paths} into a new in-memory store. */
    static Ingested of(List<Path> paths) {
        ArticleStore store = ArticleStore.inMemory();
        List<IngestOutcome.Rejected> rejected = new ArrayList<>();
        new Ingestor(Models.PIPELINE, store).ingest(paths, new IngestListener() {
            @Override
            public void finished(IngestOutcome outcome, int done) {
                if (outcome instanceof IngestOutcome.Rejected r) {
                    rejected.add(r);
                }
            }
        });
        return new Ingested(store, rejected);
    }

    /** The store's dataset: the article graphs by name, the summary of facts in the default graph. */
    DatasetGraph dataset() {
        return store.dataset().asDatasetGraph();
    }

    /** Each rejected input as the job's {@code rejected/} tells it: source, reason. */
    List<List<String>> rejectedRows() {
        return rejected.stream().map(r -> List.of(r.source(), r.reason())).toList();
    }

    /** The stages, loaded once for all the module's tests. */
    private static final class Models {
        static final Pipeline PIPELINE = Pipeline.standard();
    }
}
