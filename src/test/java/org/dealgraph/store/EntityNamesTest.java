package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Test;

/** The entities' classes and names in the summary follow the article graphs through writes, replacements and removals. */
class EntityNamesTest {

    private static final Node ONE = graph("one");
    private static final Node TWO = graph("two");
    private static final Node ACME = NodeFactory.createURI("https://example.org/org/acme");
    private static final Node DANA = NodeFactory.createURI("https://example.org/person/dana");

    @Test
    void theSummaryHoldsEachClassAndNameOnceWhileAnArticleGraphHoldsIt() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replaceAll(Map.of(ONE, entity(ONE, ACME, DG.Organization.asNode(), "Acme"),
                    TWO, entity(TWO, ACME, DG.Organization.asNode(), "Acme Corp")));
            assertEquals(Set.of(type(ACME, DG.Organization.asNode()), name(ACME, "Acme"), name(ACME, "Acme Corp")),
                    names(store));
            assertEquals(List.of(), summaryProblems(store));

            store.replaceAll(Map.of(TWO, entity(TWO, DANA, DG.Person.asNode(), "Dana Kowal")));
            assertEquals(Set.of(type(ACME, DG.Organization.asNode()), name(ACME, "Acme"),
                    type(DANA, DG.Person.asNode()), name(DANA, "Dana Kowal")), names(store),
                    "the name only the replaced graph gave is gone; the class graph one still gives stays");
            assertEquals(List.of(), summaryProblems(store));

            store.remove(ONE);
            assertEquals(Set.of(type(DANA, DG.Person.asNode()), name(DANA, "Dana Kowal")), names(store));
            assertEquals(List.of(), summaryProblems(store));
        }
    }

    @Test
    void checkNamesAMissingOrSurplusNameAndSummarizeRestoresIt() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replaceAll(Map.of(ONE, entity(ONE, ACME, DG.Organization.asNode(), "Acme")));
            store.dataset().begin(ReadWrite.WRITE);
            DatasetGraph dsg = store.dataset().asDatasetGraph();
            dsg.delete(FactSummary.GRAPH, ACME, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Acme"));
            dsg.add(FactSummary.GRAPH, DANA, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Dana"));
            store.dataset().commit();
            store.dataset().end();
            List<String> problems = summaryProblems(store);
            assertTrue(problems.stream().anyMatch(p -> p.contains("missing") && p.contains("Acme")), problems.toString());
            assertTrue(problems.stream().anyMatch(p -> p.contains("too many") && p.contains("Dana")), problems.toString());
            store.summarize();
            assertEquals(List.of(), summaryProblems(store));
            assertEquals(Set.of(type(ACME, DG.Organization.asNode()), name(ACME, "Acme")), names(store));
        }
    }

    /** What {@code check} says of the summary (these graphs are no articles, which it says too). */
    private static List<String> summaryProblems(ArticleStore store) {
        return store.read(dataset -> FactSummary.problems(dataset.asDatasetGraph()));
    }

    /** An article graph that types {@code entity} and names it, with a label the summary does not keep. */
    private static List<Quad> entity(Node graph, Node entity, Node type, String name) {
        return List.of(Quad.create(graph, entity, RDF.type.asNode(), type),
                Quad.create(graph, entity, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(name)),
                Quad.create(graph, entity, RDFS.label.asNode(), NodeFactory.createLiteralString(name)));
    }

    private static Set<Triple> names(ArticleStore store) {
        return store.read(dataset -> {
            Set<Triple> kept = new HashSet<>();
            FactSummary.storedAll(dataset.asDatasetGraph()).stream().filter(EntityNames::kept).forEach(kept::add);
            return kept;
        });
    }

    private static Triple type(Node entity, Node type) {
        return Triple.create(entity, RDF.type.asNode(), type);
    }

    private static Triple name(Node entity, String name) {
        return Triple.create(entity, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(name));
    }

    private static Node graph(String name) {
        return NodeFactory.createURI("https://example.org/graph/" + name);
    }
}
