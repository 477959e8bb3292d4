package org.dealgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/** Datasets compared as {@code ingest} would have them: named graph by named graph, each up to isomorphism. */
final class SameGraphs {

    private SameGraphs() {
    }

    /** The same named graphs, each isomorphic to its counterpart; both printed when one is not. */
    static void assertSameGraphs(DatasetGraph expected, DatasetGraph actual) {
        read(expected, actual, () -> {
            Set<String> expectedNames = names(expected);
            assertEquals(expectedNames, names(actual), "graph names");
            assertFalse(expectedNames.isEmpty());
            for (String name : expectedNames) {
                Node graph = NodeFactory.createURI(name);
                assertIsomorphic(expected.getGraph(graph), actual.getGraph(graph), "graph " + name);
            }
        });
    }

    /** The default graphs isomorphic: in a local store, the record of its IRI base and the summary of facts. */
    static void assertSameDefaultGraph(DatasetGraph expected, DatasetGraph actual) {
        read(expected, actual, () -> {
            assertFalse(expected.getDefaultGraph().isEmpty(), "ingest left the default graph empty");
            assertIsomorphic(expected.getDefaultGraph(), actual.getDefaultGraph(), "the default graph");
        });
    }

    /** The IRIs of the named graphs of {@code dataset}, sorted. */
    static Set<String> names(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        Txn.executeRead(dataset, () -> dataset.listGraphNodes().forEachRemaining(node -> names.add(node.getURI())));
        return names;
    }

    private static void assertIsomorphic(Graph expected, Graph actual, String what) {
        assertTrue(expected.isIsomorphicWith(actual), () -> what + " differs.\ningest stored:\n" + turtle(expected)
                + "\nthe other has:\n" + turtle(actual));
    }

    private static void read(DatasetGraph one, DatasetGraph other, Runnable action) {
        Txn.executeRead(one, () -> Txn.executeRead(other, action));
    }

    private static String turtle(Graph graph) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, graph, Lang.TURTLE);
        return out.toString();
    }
}
