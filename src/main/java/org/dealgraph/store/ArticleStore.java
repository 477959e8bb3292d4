package org.dealgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Iris;

/**
 * The TDB2 dataset that holds the knowledge graph: one named graph per article, each written whole or
 * not at all in one write transaction.
 *
 * <p>SPARQL queries on {@link #dataset()} see the union of the named graphs as their default graph (the
 * dataset's context sets {@link TDB2#symUnionDefaultGraph}), so they need no {@code GRAPH} clauses; the
 * named graphs stay available by name. Only SPARQL sees that union: the Java API's
 * {@code getDefaultModel()} is the (empty) stored default graph. Run queries inside a transaction, for
 * example with {@link #read(Function)}.
 *
 * <p>A store mints its IRIs under one base ({@link #iris()}), recorded in the store ({@link BaseRecord}) by
 * the write transaction that stores its first articles, and read back whenever it is opened.
 */
public final class ArticleStore implements AutoCloseable {

    private final Dataset dataset;
    private final Optional<Path> directory;
    private final Iris iris;

    private ArticleStore(Dataset dataset, Optional<Path> directory, Optional<Iris> base) {
        this.dataset = dataset;
        this.directory = directory;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        try {
            this.iris = StoreBase.settle(dataset.asDatasetGraph(), base,
                    directory.map(Path::toString).orElse("in memory"));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Opens the store in {@code directory}, creating it when the directory is missing or empty. It mints
     * under the base it records, or {@link Iris#DEFAULT_BASE} if it records none.
     *
     * @throws IllegalArgumentException naming the path, if it is a file, or a directory that holds other
     *                                  things than a TDB2 database, or a database TDB2 cannot open
     */
    public static ArticleStore open(Path directory) {
        return open(directory, Optional.empty());
    }

    /**
     * Opens the store in {@code directory} to mint under {@code base}: a new store, or one without articles
     * that records no base, takes it; any other must already mint under it.
     *
     * @throws ConflictingBaseException naming both bases, if the store mints under another (nothing is written)
     * @throws IllegalArgumentException as {@link #open(Path)} does
     */
    public static ArticleStore open(Path directory, Iris base) {
        return open(directory, Optional.of(Objects.requireNonNull(base, "base")));
    }

    private static ArticleStore open(Path directory, Optional<Iris> base) {
        Objects.requireNonNull(directory, "directory");
        Path dir = directory.toAbsolutePath().normalize();
        return new ArticleStore(StoreDirectory.connect(dir), Optional.of(dir), base);
    }

    /** A new, empty store in memory: transactional like a directory store, gone when closed. */
    public static ArticleStore inMemory() {
        return inMemory(new Iris());
    }

    /** A new, empty store in memory that mints under {@code base}. */
    public static ArticleStore inMemory(Iris base) {
        return new ArticleStore(TDB2Factory.createDataset(), Optional.empty(), Optional.of(base));
    }

    /** The store's directory, empty for an in-memory store. */
    public Optional<Path> directory() {
        return directory;
    }

    /** The IRIs this store mints: under the base it records, or will record with its first articles. */
    public Iris iris() {
        return iris;
    }

    /** The content hash recorded in the article graph {@code graph}, if it is stored. */
    public Optional<String> storedHash(Node graph) {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> found = dataset.asDatasetGraph().find(graph, Node.ANY, DG.contentHash.asNode(), Node.ANY);
            try {
                return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm())
                        : Optional.<String>empty();
            } finally {
                Iter.close(found);
            }
        });
    }

    /**
     * Replaces the article graph {@code graph} with {@code quads}, whole or not at all, in one write
     * transaction: if anything fails on the way, the transaction is aborted and the old graph stays.
     *
     * @throws IllegalArgumentException if a quad belongs to another graph (nothing is changed then)
     */
    public void replace(Node graph, List<Quad> quads) {
        replaceAll(Map.of(Objects.requireNonNull(graph, "graph"), Objects.requireNonNull(quads, "quads")));
    }

    /**
     * Replaces each article graph named in {@code graphs} with its quads, all in one write transaction (the
     * caller's, if it holds one): every graph is replaced, or none is if anything fails on the way. The
     * store's base is recorded in the same transaction, if it is not yet.
     *
     * @throws IllegalArgumentException if a quad belongs to another graph than the one it is listed under
     */
    public void replaceAll(Map<Node, List<Quad>> graphs) {
        Objects.requireNonNull(graphs, "graphs");
        List<GraphWrite> writes = new ArrayList<>();
        graphs.forEach((graph, quads) -> writes.add(GraphWrite.of(graph, quads)));
        write(writes);
    }

    /**
     * Writes each graph of {@code writes}, replacing the graph of that name if it is stored (of two writes of one
     * graph, the later), all in one write transaction (the caller's, if it holds one): every graph is written, or
     * none is if anything fails on the way. The store's base is recorded in the same transaction, if it is not yet.
     *
     * @throws IllegalArgumentException if a quad belongs to another graph than its write's (nothing is changed then)
     */
    public void write(Collection<GraphWrite> writes) {
        Map<Node, GraphWrite> byGraph = new LinkedHashMap<>();
        Objects.requireNonNull(writes, "writes").forEach(write -> byGraph.put(write.graph(), write));
        Collection<GraphWrite> last = byGraph.values();
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            BaseRecord.ensure(dsg, iris);
            List<Quad> all = new ArrayList<>();
            Set<Node> before = new HashSet<>();
            Set<Triple> namesBefore = new HashSet<>();
            for (GraphWrite write : last) {
                write.check();
                before.addAll(FactSummary.factsOf(dsg, write.graph()));
                namesBefore.addAll(EntityNames.inGraph(dsg, write.graph()));
                clear(dsg, write.graph());
                all.addAll(write.quads());
            }
            IndexOrderInserts inserts = IndexOrderInserts.into(dsg);
            inserts.add(all);
            FactSummary.update(dsg, before, last, inserts);
            List<Triple> names = new ArrayList<>();
            EntityNames.update(dsg, namesBefore, EntityNames.of(all), names);
            inserts.addToDefaultGraph(names);
        });
    }

    /**
     * Begins a write transaction on the calling thread that later {@link #replaceAll} calls from that thread
     * join, so that many batches are committed at once. TDB2 copies every index block a transaction changes,
     * once per transaction: a store written in a few large transactions ends much smaller, and is written
     * faster, than one written in many small ones. The caller commits or closes it on the same thread.
     */
    public OpenWrite beginWrite() {
        return new OpenWrite(dataset);
    }

    /** Whether any of {@code graphs} is stored (or written by the calling thread's open write transaction). */
    public boolean holdsAny(Collection<Node> graphs) {
        return Txn.calculateRead(dataset, () -> graphs.stream()
                .anyMatch(graph -> dataset.asDatasetGraph().containsGraph(graph)));
    }

    /** Removes the article graph {@code graph}, and its facts from the summary; nothing happens if it is not stored. */
    public void remove(Node graph) {
        removeAll(List.of(Objects.requireNonNull(graph, "graph")));
    }

    /**
     * Deletes every quad of {@code graph}, inside the caller's write transaction. TDB2 gives some literals
     * back in canonical form ("5.0" for a decimal written "5") and then cannot find them to delete; rather
     * than keep such quads silently, this fails, and the transaction is aborted.
     */
    private static void clear(DatasetGraph dsg, Node graph) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Quad> left = dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
        try {
            if (left.hasNext()) {
                throw new IllegalStateException("TDB2 could not delete " + left.next()
                        + ": write literals in canonical form");
            }
        } finally {
            Iter.close(left);
        }
    }

    /** Removes the article graphs {@code graphs} in one write transaction: all of them, or none if anything fails. */
    public void removeAll(Collection<Node> graphs) {
        List<Node> names = List.copyOf(graphs);
        Txn.executeWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<Node> facts = new HashSet<>();
            Set<Triple> namesBefore = new HashSet<>();
            names.forEach(graph -> {
                facts.addAll(FactSummary.factsOf(dsg, graph));
                namesBefore.addAll(EntityNames.inGraph(dsg, graph));
                clear(dsg, graph);
            });
            FactSummary.rewrite(dsg, facts);
            EntityNames.update(dsg, namesBefore, Set.of(), new ArrayList<>());
        });
    }

    /**
     * Rebuilds the summary of canonical facts (see {@link FactSummary}) from the article graphs, in one write
     * transaction: for a store whose summary {@link #check()} finds out of step, or after the rate table changed.
     *
     * @return the number of triples the summary now holds
     */
    public long summarize() {
        return Txn.calculateWrite(dataset, () -> {
            FactSummary.rebuild(dataset.asDatasetGraph());
            return FactSummary.size(dataset.asDatasetGraph());
        });
    }

    /** Every stored article with its graph, node and source file, in no particular order, read in one transaction. */
    public List<StoredArticle> articles() {
        return Txn.calculateRead(dataset, () -> {
            List<StoredArticle> articles = new ArrayList<>();
            Iterator<Quad> found = dataset.asDatasetGraph().find(Node.ANY, Node.ANY, DG.sourceFile.asNode(), Node.ANY);
            try {
                found.forEachRemaining(q -> articles.add(new StoredArticle(q.getGraph(), q.getSubject(),
                        q.getObject().isLiteral() ? q.getObject().getLiteralLexicalForm() : q.getObject().toString())));
            } finally {
                Iter.close(found);
            }
            return articles;
        });
    }

    /**
     * Checks that every article graph is whole: one article node with its content hash, type and source file;
     * everything derived from that article; every fact with its evidence and every evidence node cited, in the
     * same graph; a summary of facts in the stored default graph that agrees with them. Runs in a read
     * transaction (or the caller's).
     *
     * @return the problems found, one sentence each naming its graph; empty when the store is consistent
     */
    public List<String> check() {
        return Txn.calculateRead(dataset, () -> ConsistencyCheck.of(dataset.asDatasetGraph()));
    }

    /** The number of article graphs stored. */
    public long articleCount() {
        return Txn.calculateRead(dataset, () -> Iter.count(dataset.asDatasetGraph().listGraphNodes()));
    }

    /** Runs {@code action} on the dataset in a read transaction and returns its result. */
    public <T> T read(Function<Dataset, T> action) {
        return Txn.calculateRead(dataset, () -> action.apply(dataset));
    }

    /**
     * The dataset, for queries, serving and export. Use it inside transactions ({@link #read(Function)}
     * or {@link Txn}); SPARQL on it sees the union of the article graphs as the default graph.
     */
    public Dataset dataset() {
        return dataset;
    }

    /**
     * Compacts a directory store: TDB2 never overwrites a block in place, so every write transaction leaves
     * the blocks it replaced behind, and a store that took many ingests grows well beyond its data. This
     * copies the current state into a new generation (written in a temporary folder and moved into place
     * whole, so a crash leaves the old generation in use) and deletes the old one. Waits for running writes;
     * readers go on. Nothing happens for an in-memory store.
     *
     * @return the store's size on disk before and after (both 0 for an in-memory store)
     */
    public Compaction compact() {
        if (directory.isEmpty()) {
            return new Compaction(0, 0);
        }
        long before = sizeOnDisk();
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        return new Compaction(before, sizeOnDisk());
    }

    /** A store's size on disk before and after a compaction, in bytes. */
    public record Compaction(long bytesBefore, long bytesAfter) {
    }

    /** The bytes of every file in the store's directory (0 for an in-memory store). */
    public long sizeOnDisk() {
        return directory.map(ArticleStore::sizeOnDisk).orElse(0L);
    }

    /** The bytes of every file under {@code folder}: a store's, or any other TDB2 database's. */
    public static long sizeOnDisk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + folder, e);
        }
    }

    /** Closes the dataset and, for a directory store, releases the directory for other processes. */
    @Override
    public void close() {
        DatasetGraph dsg = dataset.asDatasetGraph();
        dataset.close();
        if (directory.isPresent()) {
            TDBInternal.expel(dsg);
        }
    }
}
