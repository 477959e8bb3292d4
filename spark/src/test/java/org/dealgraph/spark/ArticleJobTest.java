package org.dealgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.ingest.IngestListener;
import org.dealgraph.ingest.IngestOutcome;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode against {@code dealgraph ingest} of the same files: the same graphs, the same rejections. */
class ArticleJobTest {

    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    private static JavaSparkContext spark;
    private static Pipeline pipeline;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() {
        spark = new JavaSparkContext(ArticleJob.configured(new SparkConf().setMaster("local[2]")
                .setAppName("dealgraph-test").set("spark.ui.enabled", "false")));
        pipeline = Pipeline.standard();
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    @Test
    void writesTheGraphsAnIngestStoresForTheExamples() {
        Ingest ingest = ingest(List.of(EXAMPLES));
        JobOutput output = run(List.of(EXAMPLES.toString()), "examples-out");
        assertSameGraphs(ingest.store(), output.dataset());
        assertManifestTellsStoredHashes(ingest.store(), output);
        assertTrue(output.lines(OutputKind.REJECTED).isEmpty(), () -> output.lines(OutputKind.REJECTED).toString());
    }

    @Test
    void writesTheGraphsAnIngestStoresForAGeneratedCorpus() {
        Path corpus = temp.resolve("corpus");
        new CorpusGenerator(7, 150, 250).write(corpus);
        Ingest ingest = ingest(List.of(corpus));
        JobOutput output = run(List.of(corpus.toString()), "corpus-out");
        assertEquals(150, output.lines(OutputKind.MANIFEST).size());
        assertSameGraphs(ingest.store(), output.dataset());
        assertManifestTellsStoredHashes(ingest.store(), output);
    }

    @Test
    void reportsBadFilesWithTheIngestsReasonsAndWritesTheRest() throws IOException {
        Path batch = Files.createDirectories(temp.resolve("batch"));
        Files.writeString(batch.resolve("deal.txt"), "Quillfeather Robotics agrees to buy Lanternworks\n\n"
                + "Quillfeather Robotics said on Monday it agreed to buy Lanternworks for $12 million.\n");
        Files.writeString(batch.resolve("empty.md"), "");
        Files.write(batch.resolve("latin.txt"), "Caf\u00e9 Nimbus raised money.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(batch.resolve("feed.jsonl"), "{\"title\": \"No body\"}\n{\"body\": \"Ardent Labs "
                + "hired Mira Solberg as chief executive.\"}\n");
        Path notes = Files.writeString(temp.resolve("notes.docx"), "Not an article format.");
        Path absent = temp.resolve("absent.txt");

        Ingest ingest = ingest(List.of(batch, notes, absent));
        JobOutput output = run(List.of(batch.toString(), notes.toString(), absent.toString()), "batch-out");

        Set<List<String>> expected = new HashSet<>();
        ingest.rejected().forEach(r -> expected.add(List.of(r.source(), r.reason())));
        Set<List<String>> reported = new HashSet<>(output.rows(OutputKind.REJECTED));
        assertEquals(5, expected.size(), expected::toString);
        assertEquals(expected, reported);
        assertEquals(2, output.lines(OutputKind.MANIFEST).size());
        assertSameGraphs(ingest.store(), output.dataset());
    }

    @Test
    void aRerunOverTheSameInputWritesTheSameOutput() {
        JobOutput first = run(List.of(EXAMPLES.toString()), "first");
        JobOutput second = run(List.of(EXAMPLES.toString()), "second");
        for (OutputKind kind : OutputKind.values()) {
            assertEquals(first.lines(kind), second.lines(kind), kind.name());
        }
        assertFalse(first.lines(OutputKind.GRAPHS).isEmpty());
    }

    private JobOutput run(List<String> inputs, String name) {
        Path out = temp.resolve(name);
        ArticleJob.run(spark, JobSettings.of(inputs, out.toString()));
        return new JobOutput(out);
    }

    private record Ingest(ArticleStore store, List<IngestOutcome.Rejected> rejected) {
    }

    private static Ingest ingest(List<Path> paths) {
        ArticleStore store = ArticleStore.inMemory();
        List<IngestOutcome.Rejected> rejected = new ArrayList<>();
        new Ingestor(pipeline, store).ingest(paths, new IngestListener() {
            @Override
            public void finished(IngestOutcome outcome, int done) {
                if (outcome instanceof IngestOutcome.Rejected r) {
                    rejected.add(r);
                }
            }
        });
        return new Ingest(store, rejected);
    }

    /** The same named graphs, each isomorphic to its counterpart; both printed when one is not. */
    private static void assertSameGraphs(ArticleStore store, DatasetGraph written) {
        Txn.executeRead(store.dataset(), () -> {
            DatasetGraph stored = store.dataset().asDatasetGraph();
            Set<String> storedNames = names(stored);
            assertEquals(storedNames, names(written));
            assertFalse(storedNames.isEmpty());
            for (String name : storedNames) {
                Node graph = NodeFactory.createURI(name);
                Graph expected = stored.getGraph(graph);
                Graph actual = written.getGraph(graph);
                assertTrue(expected.isIsomorphicWith(actual), () -> "graph " + name + " differs.\ningest stored:\n"
                        + turtle(expected) + "\nthe job wrote:\n" + turtle(actual));
            }
        });
    }

    private static void assertManifestTellsStoredHashes(ArticleStore store, JobOutput output) {
        Map<String, String> hashes = new HashMap<>();
        output.rows(OutputKind.MANIFEST).forEach(row -> hashes.put(row.get(2), row.get(1)));
        Txn.executeRead(store.dataset(), () -> {
            for (String name : names(store.dataset().asDatasetGraph())) {
                assertEquals(store.storedHash(NodeFactory.createURI(name)).orElseThrow(),
                        hashes.get(name), name);
            }
        });
    }

    private static Set<String> names(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(node -> names.add(node.getURI()));
        return names;
    }

    private static String turtle(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toString();
    }
}
