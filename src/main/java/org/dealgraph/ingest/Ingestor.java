package org.dealgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.dealgraph.model.Article;
import org.dealgraph.read.ReadResult;
import org.dealgraph.store.ArticleStore;

/**
 * Ingests files into a store: every input gets exactly one {@link IngestOutcome}. An article whose stored
 * content hash matches is skipped before any analysis; any other article is taken through the pipeline and
 * its graph replaced whole. A stage failing on one article rejects that article, and the batch goes on.
 *
 * <p>The stage work ({@link Pipeline#process}) is kept apart from the single write to the store, so that
 * articles may later be processed by several workers feeding one writer.
 */
public final class Ingestor {

    private final Pipeline pipeline;
    private final ArticleStore store;

    public Ingestor(Pipeline pipeline, ArticleStore store) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Ingests the files and folders {@code paths}, telling {@code listener} of each outcome. */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        long start = System.nanoTime();
        List<ReadResult> inputs;
        try (Stream<ReadResult> read = pipeline.reader().read(List.copyOf(paths))) {
            inputs = read.toList();
        }
        listener.started(inputs.size());
        IngestTally tally = new IngestTally();
        for (ReadResult input : inputs) {
            IngestOutcome outcome = ingest(input);
            tally.add(outcome);
            listener.finished(outcome, tally.count(), inputs.size());
        }
        return tally.report(StoreCounts.triples(store), (System.nanoTime() - start) / 1e9);
    }

    /** Ingests {@code paths} without following the progress. */
    public IngestReport ingest(List<Path> paths) {
        return ingest(paths, IngestListener.NONE);
    }

    private IngestOutcome ingest(ReadResult input) {
        if (input instanceof ReadResult.Rejected rejected) {
            return new IngestOutcome.Rejected(rejected.source(), rejected.reason());
        }
        Article article = ((ReadResult.Read) input).article();
        Node graph = pipeline.graphOf(article);
        Optional<String> storedHash = store.storedHash(graph);
        if (storedHash.isPresent() && storedHash.get().equals(article.contentHash())) {
            return new IngestOutcome.Unchanged(article.source());
        }
        MappedArticle mapped;
        try {
            mapped = pipeline.process(article);
        } catch (StageFailure e) {
            return new IngestOutcome.Rejected(article.source(), e.getMessage());
        }
        store.replace(mapped.graph(), mapped.quads());
        return new IngestOutcome.Stored(mapped.source(), mapped.id(), mapped.facts(), mapped.quads().size());
    }
}
