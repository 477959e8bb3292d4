package org.dealgraph.spark;

import static org.dealgraph.spark.SameGraphs.assertSameDefaultGraph;
import static org.dealgraph.spark.SameGraphs.assertSameGraphs;
import static org.dealgraph.spark.TestInputs.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;

/**
 * The chain a cluster run takes: the job in local mode, then its whole output folder given to {@code dealgraph
 * load}, both into a TDB2 store ({@code --store}) and into a second Fuseki on loopback ({@code --to}), against
 * {@code dealgraph ingest} of the same files: the same named graphs, each isomorphic, the same summary of facts
 * in the store's default graph, and a store that passes {@code check}.
 */
class JobThenLoadTest extends LocalJobTest {

    @Test
    void loadsTheJobsGraphsOfTheExamplesAsIngestStoresThemAndARerunChangesNothing() {
        List<Path> inputs = List.of(EXAMPLES);
        Ingested ingest = Ingested.of(inputs);
        int articles = SameGraphs.names(ingest.dataset()).size();
        Path store = temp.resolve("store");
        try (GraphStore remote = GraphStore.start()) {
            Loads first = chain(inputs, ingest, store, remote, "first");
            assertTrue(first.intoStore().out().contains("graphs written: " + articles), first.intoStore()::toString);

            Loads again = chain(inputs, ingest, store, remote, "again");

            assertTrue(again.intoStore().out().contains("graphs written: 0"), again.intoStore()::toString);
            assertTrue(again.intoStore().out().contains("unchanged:      " + articles), again.intoStore()::toString);
            assertTrue(again.intoRemote().out().contains("graphs written: " + articles), "each graph put again, "
                    + "replacing its copy: " + again.intoRemote());
        }
    }

    @Test
    void loadsTheJobsGraphsOfAGeneratedCorpusAsIngestStoresThem() {
        List<Path> inputs = List.of(TestInputs.corpus(temp.resolve("corpus"), 11, 300));
        Ingested ingest = Ingested.of(inputs);
        Loads loads = chain(inputs, ingest);
        assertEquals(300, loads.output().lines(OutputKind.MANIFEST).size());
    }

    @Test
    void reportsABadInputWithTheIngestsReasonAndLoadsTheRest() {
        List<Path> inputs = TestInputs.badBatch(temp);
        Ingested ingest = Ingested.of(inputs);

        Loads loads = chain(inputs, ingest);

        assertEquals(new HashSet<>(ingest.rejectedRows()), new HashSet<>(loads.output().rows(OutputKind.REJECTED)));
        assertEquals(TestInputs.BAD_INPUTS, ingest.rejected().size(), ingest.rejectedRows()::toString);
        assertTrue(loads.intoStore().out().contains("graphs written: " + TestInputs.GOOD_ARTICLES),
                loads.intoStore()::toString);
    }

    @Test
    void loadsOneGraphOfAnArticleThatTwoInputsHoldAsIngestKeepsOne() {
        // The job writes such an article once per input, and two copies in one part file were loaded as one graph
        // holding both: two sources, or the facts of both versions under one content hash.
        List<Path> inputs = TestInputs.repeats(temp);
        Ingested ingest = Ingested.of(inputs);
        Loads loads = chain(inputs, ingest);
        assertEquals(4, loads.output().lines(OutputKind.MANIFEST).size(), "the job writes each input's copy");
    }

    /** {@link #chain(List, Ingested, Path, GraphStore, String)} once, into a new store and a new graph store. */
    private Loads chain(List<Path> inputs, Ingested ingest) {
        try (GraphStore remote = GraphStore.start()) {
            return chain(inputs, ingest, temp.resolve("store"), remote, "out");
        }
    }

    /**
     * Runs the job over {@code inputs} into the folder {@code name}, loads the folder into {@code store} and into
     * {@code remote}, and checks both against {@code ingest}.
     */
    private Loads chain(List<Path> inputs, Ingested ingest, Path store, GraphStore remote, String name) {
        JobOutput output = run(inputs, name);
        String folder = output.folder().toString();

        CommandRun intoStore = CommandRun.of("load", "--store", store.toString(), folder);
        assertEquals(CommandRun.OK, intoStore.exitCode(), intoStore::toString);
        try (ArticleStore loaded = ArticleStore.open(store)) {
            assertSameGraphs(ingest.dataset(), loaded.dataset().asDatasetGraph());
            assertSameDefaultGraph(ingest.dataset(), loaded.dataset().asDatasetGraph());
        }
        CommandRun check = CommandRun.of("check", "--store", store.toString());
        assertEquals(CommandRun.OK, check.exitCode(), check::toString);

        CommandRun intoRemote = CommandRun.of("load", "--to", remote.url(), folder);
        assertEquals(CommandRun.OK, intoRemote.exitCode(), intoRemote::toString);
        assertSameGraphs(ingest.dataset(), remote.dataset());
        return new Loads(output, intoStore, intoRemote);
    }

    /** A run of the job and the two loads of its output. */
    private record Loads(JobOutput output, CommandRun intoStore, CommandRun intoRemote) {
    }

    /** A second Fuseki on loopback: an in-memory dataset, written through its Graph Store Protocol endpoint. */
    private record GraphStore(FusekiServer server, DatasetGraph dataset) implements AutoCloseable {

        static GraphStore start() {
            DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
            return new GraphStore(FusekiServer.create().loopback(true).port(0).add("/ds", dataset).build().start(),
                    dataset);
        }

        String url() {
            return "http://localhost:" + server.getPort() + "/ds";
        }

        @Override
        public void close() {
            server.stop();
        }
    }
}
