package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dealgraph load}: a dump into a TDB2 store, and into a second Fuseki through the Graph Store Protocol. */
class LoadCommandTest {

    @TempDir
    static Path shared;

    private static Path ingested;
    private static Path dump;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestAndExportTheExamples() throws IOException {
        ingested = shared.resolve("ingested");
        CliRun ingest = CliRun.of("ingest", "--store", ingested.toString(), "examples");
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.toString());
        Path plain = shared.resolve("dump.nq");
        CliRun export = CliRun.of("export", "--store", ingested.toString(), "--format", "nq", "--out", plain.toString());
        assertEquals(ExitCodes.OK, export.exitCode(), export.toString());
        dump = shared.resolve("parts/part-00000.nq.gz");
        Files.createDirectories(dump.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dump))) {
            Files.copy(plain, out);
        }
        Files.writeString(dump.resolveSibling("_SUCCESS"), "");
    }

    @Test
    void loadsADumpIntoANewStoreAsIngestWroteItAndTheStorePassesCheck() {
        Path store = dir.resolve("loaded");
        CliRun load = CliRun.of("load", "--store", store.toString(), dump.getParent().toString());

        assertEquals(ExitCodes.OK, load.exitCode(), load.toString());
        assertTrue(load.out().contains("graphs written: " + graphs(ingested).size()), load.out());
        assertSameGraphs(graphs(ingested), graphs(store));
        CliRun check = CliRun.of("check", "--store", store.toString());
        assertEquals(ExitCodes.OK, check.exitCode(), check.toString());
    }

    @Test
    void skipsArticlesWhoseHashIsStoredAndRejectsABadFileByNameLoadingTheRest() throws IOException {
        Path store = dir.resolve("loaded");
        Path bad = Files.writeString(dir.resolve("broken.nq"), "<http://example.org/a> <http://example.org/b> .\n");
        Path loose = Files.writeString(dir.resolve("loose.nq"),
                "<http://example.org/a> <http://example.org/b> <http://example.org/c> <http://example.org/g> .\n");

        CliRun first = CliRun.of("load", "--store", store.toString(), bad.toString(), dump.toString(), loose.toString());
        assertEquals(ExitCodes.REJECTED, first.exitCode(), first.toString());
        assertTrue(first.out().contains(bad + ": is not N-Quads"), first.out());
        assertTrue(first.out().contains(loose + ": the graph <http://example.org/g> has no content hash"), first.out());
        assertSameGraphs(graphs(ingested), graphs(store));

        CliRun again = CliRun.of("load", "--store", store.toString(), dump.toString());
        assertEquals(ExitCodes.OK, again.exitCode(), again.toString());
        assertTrue(again.out().contains("graphs written: 0"), again.out());
        assertTrue(again.out().contains("unchanged:      " + graphs(ingested).size()), again.out());
        assertSameGraphs(graphs(ingested), graphs(store));
    }

    @Test
    void replacesAStoredArticleWhoseHashChangedInOneTransaction() throws IOException {
        Path store = dir.resolve("loaded");
        assertEquals(ExitCodes.OK, CliRun.of("load", "--store", store.toString(), dump.toString()).exitCode());
        Map.Entry<Node, Graph> some = graphs(ingested).entrySet().iterator().next();
        Graph changed = changed(some.getValue(), DG.contentHash, "changed");
        DatasetGraph part = DatasetGraphFactory.create();
        part.addGraph(some.getKey(), changed);
        Path file = dir.resolve("changed.nq");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, part, RDFFormat.NQUADS);
        }

        CliRun run = CliRun.of("load", "--store", store.toString(), file.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("graphs written: 1"), run.out());
        assertTrue(changed.isIsomorphicWith(graphs(store).get(some.getKey())));
        CliRun check = CliRun.of("check", "--store", store.toString());
        assertEquals(ExitCodes.OK, check.exitCode(), "the summary of facts follows the replaced graph: " + check);
    }

    @Test
    void keepsOneCopyOfAGraphThatOneFileGivesTwiceAsIngestKeepsOne() throws IOException {
        // A graph given twice in one part file (the Spark job writes an article that two inputs hold once per input)
        // was loaded as one graph holding both copies, two sources or two articles' facts, and failed check.
        Iterator<Map.Entry<Node, Graph>> some = graphs(ingested).entrySet().iterator();
        Map.Entry<Node, Graph> same = some.next();
        Map.Entry<Node, Graph> updated = some.next();
        List<Quad> file = new ArrayList<>();
        file.addAll(articleFirst(same.getKey(), same.getValue()));
        file.addAll(articleFirst(same.getKey(), changed(same.getValue(), DG.sourceFile, "elsewhere/copy.txt")));
        file.addAll(articleFirst(updated.getKey(), updated.getValue()));
        Graph later = changed(updated.getValue(), DG.contentHash, "updated");
        file.addAll(articleFirst(updated.getKey(), later));
        Path part = nquads(dir.resolve("part-00000.nq"), file);
        Path store = dir.resolve("loaded");

        CliRun run = CliRun.of("load", "--store", store.toString(), part.toString());

        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        Map<Node, Graph> loaded = graphs(store);
        assertSameGraphs(Map.of(same.getKey(), same.getValue(), updated.getKey(), later), loaded);
        CliRun check = CliRun.of("check", "--store", store.toString());
        assertEquals(ExitCodes.OK, check.exitCode(), check.toString());
    }

    @Test
    void rejectsAFileWhoseCopiesOfAGraphCannotBeToldApart() throws IOException {
        Map.Entry<Node, Graph> some = graphs(ingested).entrySet().iterator().next();
        List<Quad> copy = articleFirst(some.getKey(), some.getValue());
        List<Quad> file = new ArrayList<>(copy);
        file.addAll(copy.subList(1, copy.size()));
        file.add(copy.get(0));
        Path part = nquads(dir.resolve("doubled.nq"), file);

        CliRun run = CliRun.of("load", "--store", dir.resolve("loaded").toString(), part.toString(), dump.toString());

        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.toString());
        assertTrue(run.out().contains(part + ": it gives the graph"), run.out());
        assertTrue(run.out().contains("2 times, and its copies cannot be told apart"), run.out());
        assertSameGraphs(graphs(ingested), graphs(dir.resolve("loaded")));
    }

    @Test
    void putsEachArticleGraphToAGraphStoreAndARerunReplacesRatherThanDuplicates() throws IOException {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", remote).build().start();
        try {
            String url = "http://localhost:" + fuseki.getPort() + "/ds";
            Path bad = Files.writeString(dir.resolve("broken.nq.gz"), "not gzip");
            CliRun first = CliRun.of("load", "--to", url, dump.toString(), bad.toString());
            assertEquals(ExitCodes.REJECTED, first.exitCode(), first.toString());
            assertTrue(first.out().contains(bad + ": cannot be read"), first.out());
            assertSameGraphs(graphs(ingested), graphs(remote));

            CliRun again = CliRun.of("load", "--to", url, dump.toString());
            assertEquals(ExitCodes.OK, again.exitCode(), again.toString());
            assertSameGraphs(graphs(ingested), graphs(remote));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void putsOnceAGraphThatTwoFilesGiveWithTheSameContent() throws IOException {
        // A graph that two part files give with one content hash (the Spark job writes an article that two inputs
        // hold once per input) took the later file's source in the graph store, where a local store keeps the first.
        Map.Entry<Node, Graph> some = graphs(ingested).entrySet().iterator().next();
        Path first = nquads(dir.resolve("part-00000.nq"), articleFirst(some.getKey(), some.getValue()));
        Path second = nquads(dir.resolve("part-00001.nq"),
                articleFirst(some.getKey(), changed(some.getValue(), DG.sourceFile, "elsewhere/copy.txt")));
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", remote).build().start();
        try {
            String url = "http://localhost:" + fuseki.getPort() + "/ds";
            CliRun run = CliRun.of("load", "--to", url, first.toString(), second.toString());
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.out().contains("graphs written: 1"), run.out());
            assertTrue(run.out().contains("unchanged:      1"), run.out());
            assertSameGraphs(Map.of(some.getKey(), some.getValue()), graphs(remote));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void ingestsIntoAGraphStoreTheGraphsALocalIngestStores() {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", remote).build().start();
        try {
            String url = "http://localhost:" + fuseki.getPort() + "/ds";
            CliRun run = CliRun.of("ingest", "--to", url, "examples");
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.out().contains("written to " + url + ": " + graphs(ingested).size() + " graphs"), run.out());
            assertSameGraphs(graphs(ingested), graphs(remote));
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void refusesAPasswordFileOthersMayRead() throws IOException {
        Path auth = Files.writeString(dir.resolve("login"), "loader:long-enough-secret\n");
        Files.setPosixFilePermissions(auth, PosixFilePermissions.fromString("rw-r--r--"));

        CliRun run = CliRun.of("load", "--to", "http://localhost:9/ds", "--auth-file", auth.toString(), dump.toString());

        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("may be read or written by other users"), run.err());
    }

    @Test
    void saysWhichEndpointCouldNotBeReachedAfterItsTries() {
        CliRun run = CliRun.of("load", "--to", "http://localhost:9/ds", "--attempts", "1", dump.toString());

        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.toString());
        assertTrue(run.out().contains("http://localhost:9/ds could not be reached"), run.out());
    }

    private static Path nquads(Path file, List<Quad> quads) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.writeQuads(out, quads.iterator());
        }
        return file;
    }

    /** The quads of {@code graph} named {@code name}, its article's type first, as the mapper writes them. */
    private static List<Quad> articleFirst(Node name, Graph graph) {
        List<Quad> quads = new ArrayList<>();
        graph.find(Node.ANY, RDF.type.asNode(), SchemaDO.NewsArticle.asNode())
                .forEachRemaining(t -> quads.add(Quad.create(name, t)));
        graph.find().filterDrop(t -> t.getObject().equals(SchemaDO.NewsArticle.asNode()))
                .forEachRemaining(t -> quads.add(Quad.create(name, t)));
        return quads;
    }

    /** {@code graph} with the value of {@code property} replaced by {@code value}. */
    private static Graph changed(Graph graph, Property property, String value) {
        Graph changed = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(t -> changed.add(t.getPredicate().equals(property.asNode())
                ? Triple.create(t.getSubject(), t.getPredicate(), NodeFactory.createLiteralString(value))
                : t));
        return changed;
    }

    private static Map<Node, Graph> graphs(Path store) {
        try (ArticleStore opened = ArticleStore.open(store)) {
            return graphs(opened.dataset().asDatasetGraph());
        }
    }

    private static Map<Node, Graph> graphs(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Graph> graphs = new HashMap<>();
            for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.getGraph(name).find().forEachRemaining(copy::add);
                graphs.put(name, copy);
            }
            return graphs;
        });
    }

    private static void assertSameGraphs(Map<Node, Graph> expected, Map<Node, Graph> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "graph names");
        expected.forEach((name, graph) -> {
            Graph other = actual.get(name);
            if (!graph.isIsomorphicWith(other)) {
                RDFDataMgr.write(System.err, graph, RDFFormat.TURTLE_PRETTY);
                RDFDataMgr.write(System.err, other, RDFFormat.TURTLE_PRETTY);
            }
            assertTrue(graph.isIsomorphicWith(other), "graph " + name + " differs (both printed above)");
        });
    }
}
