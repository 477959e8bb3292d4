package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.SampleArticles;
import org.junit.jupiter.api.Test;

/** The store's consistency check finds each way an article graph can be partial, and nothing in a whole one. */
class ConsistencyCheckTest {

    private final ArticleMapper mapper = new ArticleMapper();
    private final Node graph = mapper.graphName(SampleArticles.FIRST_ID);
    private final List<Quad> quads = mapper.quads(SampleArticles.first());

    @Test
    void findsNothingWrongInWholeArticleGraphs() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(graph, quads);
            store.replace(mapper.graphName(SampleArticles.SECOND_ID), mapper.quads(SampleArticles.second()));
            assertEquals(List.of(), store.check());
        }
    }

    @Test
    void findsAGraphWithoutItsArticleNode() {
        assertProblem(q -> q.getPredicate().equals(DG.contentHash.asNode()), "no article node");
    }

    @Test
    void findsAFactWithoutEvidence() {
        assertProblem(q -> q.getPredicate().equals(DG.evidence.asNode()), "has no evidence");
    }

    @Test
    void findsACitedEvidenceNodeMissingFromTheGraph() {
        assertProblem(q -> q.getSubject().getURI().contains("/evidence/"), "which is not in the graph");
    }

    @Test
    void findsTriplesOutsideTheArticleGraphs() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(graph, quads);
            Node thing = NodeFactory.createURI("https://example.org/stray");
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .add(Quad.defaultGraphIRI, thing, DG.category.asNode(), NodeFactory.createLiteralString("x")));
            assertTrue(store.check().stream().anyMatch(p -> p.contains("summary of facts in the default graph")
                            && p.contains("<https://example.org/stray>: too many")),
                    store.check().toString());
        }
    }

    /** Stores the first sample article without the quads {@code dropped} picks, and expects {@code problem}. */
    private void assertProblem(Predicate<Quad> dropped, String problem) {
        try (ArticleStore store = ArticleStore.inMemory()) {
            List<Quad> partial = quads.stream().filter(dropped.negate()).toList();
            assertTrue(partial.size() < quads.size(), "the sample has quads to drop");
            store.replace(graph, partial);
            List<String> problems = store.check();
            assertTrue(problems.stream().anyMatch(p -> p.contains(problem) && p.contains(graph.getURI())),
                    problems.toString());
        }
    }
}
