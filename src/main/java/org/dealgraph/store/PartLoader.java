package org.dealgraph.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.dealgraph.rdf.BaseRecord;

/**
 * Loads files of article graphs ({@link QuadParts}) into an {@link ArticleStore}, skipping every article
 * whose content hash the store already holds. Each file is read and checked whole before any of it is
 * written, so a bad file is rejected alone and the others load.
 *
 * <p>A store without articles is filled by TDB2's parallel bulk loader, which builds the indexes apart and
 * is much faster than transactions for large inputs (the store is not readable by others meanwhile); the
 * summary of facts ({@link FactSummary}) is then built from what it loaded, in one write transaction. A
 * store that holds articles takes one write transaction per file, each article graph replaced whole and the
 * summary of its facts rewritten with it, as {@code ingest} writes them.
 */
public final class PartLoader {

    private final ArticleStore store;

    public PartLoader(ArticleStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Loads {@code files}; returns the outcome of each, in order. */
    public List<LoadOutcome> load(List<Path> files) {
        List<LoadOutcome> all = new ArrayList<>();
        Consumer<LoadOutcome> told = all::add;
        if (store.articleCount() == 0) {
            bulk(files, told);
            store.summarize();
        } else {
            files.forEach(file -> told.accept(inTransaction(file)));
        }
        return all;
    }

    private LoadOutcome inTransaction(Path file) {
        ArticleGraphs read;
        try {
            read = QuadParts.read(file, store.iris());
        } catch (IllegalArgumentException e) {
            return LoadOutcome.rejected(file.toString(), e.getMessage());
        }
        Map<Node, List<Quad>> changed = new LinkedHashMap<>();
        read.graphs().forEach((graph, quads) -> {
            if (!store.storedHash(graph).filter(read.hashes().get(graph)::equals).isPresent()) {
                changed.put(graph, quads);
            }
        });
        try {
            store.replaceAll(changed);
        } catch (IllegalStateException e) {
            return LoadOutcome.rejected(file.toString(), "the store could not replace its graphs: " + e.getMessage());
        }
        return LoadOutcome.loaded(file.toString(), changed.size(), read.graphs().size() - changed.size());
    }

    /**
     * Streams every good file into one run of the parallel loader. A graph met again in a later file is
     * left as first loaded: unchanged if its hash is the same, the file rejected if not.
     */
    private void bulk(List<Path> files, Consumer<LoadOutcome> told) {
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> { });
        Map<Node, String> loaded = new HashMap<>();
        boolean recordBase = BaseRecord.all(dsg).isEmpty();
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            if (recordBase) {
                stream.quad(BaseRecord.quad(store.iris()));
            }
            for (Path file : files) {
                told.accept(streamed(file, stream, loaded));
            }
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            loader.finishException(e instanceof Exception ex ? ex : new IllegalStateException(e));
            throw e;
        }
    }

    private LoadOutcome streamed(Path file, StreamRDF stream, Map<Node, String> loaded) {
        ArticleGraphs read;
        try {
            read = QuadParts.read(file, store.iris());
        } catch (IllegalArgumentException e) {
            return LoadOutcome.rejected(file.toString(), e.getMessage());
        }
        int unchanged = 0;
        for (Node graph : read.graphs().keySet()) {
            String before = loaded.get(graph);
            if (before != null && !before.equals(read.hashes().get(graph))) {
                return LoadOutcome.rejected(file.toString(), "it gives the graph " + ConsistencyCheck.name(graph) + " with other "
                        + "content than an earlier file of this load: load the two apart, the newer last");
            }
            unchanged += before == null ? 0 : 1;
        }
        read.graphs().forEach((graph, quads) -> {
            if (loaded.putIfAbsent(graph, read.hashes().get(graph)) == null) {
                quads.forEach(stream::quad);
            }
        });
        return LoadOutcome.loaded(file.toString(), read.graphs().size() - unchanged, unchanged);
    }
}
