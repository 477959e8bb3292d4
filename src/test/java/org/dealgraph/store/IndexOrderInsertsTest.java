package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.SampleArticles;
import org.junit.jupiter.api.Test;

/**
 * Quads written a batch at a time, one index after the other, are found through every TDB2 index exactly as
 * quads added one by one to a plain in-memory dataset are.
 */
class IndexOrderInsertsTest {

    private final ArticleMapper mapper = new ArticleMapper();

    @Test
    void everyIndexFindsWhatAPlainDatasetFinds() {
        Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
        graphs.put(mapper.graphName(SampleArticles.FIRST_ID), mapper.quads(SampleArticles.first()));
        graphs.put(mapper.graphName(SampleArticles.SECOND_ID), mapper.quads(SampleArticles.second()));
        DatasetGraph plain = DatasetGraphFactory.create();
        graphs.values().forEach(quads -> quads.forEach(plain::add));

        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replaceAll(graphs);
            plain.add(BaseRecord.quad(store.iris()));
            store.read(dataset -> {
                DatasetGraph stored = dataset.asDatasetGraph();
                // the summary of facts is tested below; the article graphs are what is compared here
                stored.find(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(plain::add);
                assertEquals(all(plain), all(stored));
                // each quad, and each pattern made from it with some positions left open: every TDB2 index
                // (GSPO, GPOS, GOSP, SPOG, POSG, OSPG) answers some of these patterns
                for (Quad quad : all(plain)) {
                    for (int open = 0; open < 16; open++) {
                        Node g = (open & 1) == 0 ? quad.getGraph() : Node.ANY;
                        Node s = (open & 2) == 0 ? quad.getSubject() : Node.ANY;
                        Node p = (open & 4) == 0 ? quad.getPredicate() : Node.ANY;
                        Node o = (open & 8) == 0 ? quad.getObject() : Node.ANY;
                        assertEquals(found(plain, g, s, p, o), found(stored, g, s, p, o),
                                "pattern " + g + " " + s + " " + p + " " + o);
                    }
                }
                return null;
            });
        }
    }

    @Test
    void aQuadGivenTwiceOrAlreadyStoredIsKeptOnce() {
        Node graph = mapper.graphName(SampleArticles.FIRST_ID);
        List<Quad> quads = mapper.quads(SampleArticles.first());
        List<Quad> twice = new ArrayList<>(quads);
        twice.addAll(quads);
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(graph, twice);
            store.replace(graph, quads);
            long count = store.read(dataset -> dataset.asDatasetGraph().stream().filter(q -> !q.isDefaultGraph())
                    .count());
            assertEquals(new HashSet<>(quads).size(), count);
            assertFalse(quads.isEmpty());
        }
    }

    @Test
    void triplesForTheDefaultGraphAreFoundByEveryPatternAsPlainAddsAre() {
        List<Quad> quads = mapper.quads(SampleArticles.first());
        List<Triple> triples = new ArrayList<>();
        quads.forEach(q -> triples.add(q.asTriple()));
        triples.addAll(triples.subList(0, 3));
        Graph plain = GraphFactory.createDefaultGraph();
        triples.forEach(plain::add);
        DatasetGraph tdb = DatabaseMgr.createDatasetGraph();
        Txn.executeWrite(tdb, () -> {
            tdb.add(Quad.defaultGraphIRI, triples.get(0).getSubject(), triples.get(0).getPredicate(), triples.get(0).getObject());
            IndexOrderInserts.into(tdb).addToDefaultGraph(triples);
        });
        Txn.executeRead(tdb, () -> {
            Graph stored = tdb.getDefaultGraph();
            assertEquals(plain.size(), stored.size());
            for (Triple t : plain.find().toList()) {
                for (int open = 0; open < 8; open++) {
                    Node s = (open & 1) == 0 ? t.getSubject() : Node.ANY;
                    Node p = (open & 2) == 0 ? t.getPredicate() : Node.ANY;
                    Node o = (open & 4) == 0 ? t.getObject() : Node.ANY;
                    assertEquals(Set.copyOf(plain.find(s, p, o).toList()), Set.copyOf(stored.find(s, p, o).toList()),
                            "pattern " + s + " " + p + " " + o);
                }
            }
            assertFalse(tdb.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).hasNext(), "no quad in a named graph");
        });
    }

    private static Set<Quad> all(DatasetGraph dsg) {
        return found(dsg, Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    private static Set<Quad> found(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        Set<Quad> quads = new HashSet<>();
        dsg.find(g, s, p, o).forEachRemaining(quads::add);
        return quads;
    }
}
