package org.dealgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.ingest.IngestReport;
import org.dealgraph.rdf.Iris;
import org.dealgraph.store.ArticleStore;
import org.dealgraph.store.RemoteGraphStore;
import org.dealgraph.store.RemoteStoreException;
import org.dealgraph.store.StoredArticle;

/**
 * {@code ingest --to URL}: the articles go through the stages into a scratch store in a temporary folder,
 * as any ingest, and each article graph is then written to the graph store endpoint; the folder is deleted
 * at the end.
 */
final class RemoteIngest {

    private final Terminal terminal;
    private final RemoteGraphStore target;

    RemoteIngest(Terminal terminal, RemoteGraphStore target) {
        this.terminal = terminal;
        this.target = target;
    }

    /** Ingests with {@code ingest} into a scratch store under {@code iris}, then writes its graphs; returns the exit code. */
    int run(Iris iris, Function<ArticleStore, IngestReport> ingest) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("dealgraph-ingest-");
        } catch (IOException e) {
            throw CommandError.failure("cannot make a scratch folder for the ingest (" + e.getMessage() + ").");
        }
        try (ArticleStore store = ArticleStore.open(scratch, iris)) {
            IngestReport report = ingest.apply(store);
            List<String> failed = write(store);
            terminal.out().printf("written to %s: %d graphs%n", target.url(), store.articleCount() - failed.size());
            failed.forEach(line -> terminal.out().printf("  %s%n", line));
            terminal.out().flush();
            return failed.isEmpty() ? IngestRun.exitCode(report) : ExitCodes.REJECTED;
        } finally {
            delete(scratch);
        }
    }

    /** PUTs every article graph of {@code store}; returns one line per graph the endpoint refused. */
    private List<String> write(ArticleStore store) {
        List<String> failed = new ArrayList<>();
        for (StoredArticle article : store.articles()) {
            try {
                target.put(article.graph(), quads(store, article.graph()));
            } catch (RemoteStoreException e) {
                failed.add(IngestRun.visible(article.source()) + ": not written, " + e.getMessage());
            }
        }
        return failed;
    }

    private static List<Quad> quads(ArticleStore store, Node graph) {
        return store.read(dataset -> {
            var found = dataset.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY);
            try {
                return Iter.toList(found);
            } finally {
                Iter.close(found);
            }
        });
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch store " + folder, e);
        }
    }
}
