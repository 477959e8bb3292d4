package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.PROV;
import org.junit.jupiter.api.Test;

/** What the graphs of one write tell the summary of a fact, together: worked out per graph, then merged. */
class GraphWriteTest {

    private static final Node FACT = NodeFactory.createURI("https://example.org/deal/1");
    private static final Node SELLER = NodeFactory.createURI("https://example.org/org/a");
    private static final Node BUYER = NodeFactory.createURI("https://example.org/org/b");

    @Test
    void twoGraphsTellingOneFactGiveBothArticlesBothPartiesAndTheEarlierDateAndMonth() {
        GraphWrite june = article(1, "2025-06-14", SELLER);
        GraphWrite march = article(2, "2025-03-02", BUYER);
        ToldFact told = GraphWrite.told(List.of(june, march)).get(FACT);
        assertEquals(Set.of(node("article/1"), node("article/2")), told.articles());
        assertEquals(Optional.of("2025-03"), told.firstMonth());
        assertEquals(Optional.of(NodeFactory.createLiteralDT("2025-03-02", XSDDatatype.XSDdate)), told.firstPublished());
        assertEquals(Set.of(Triple.create(FACT, RDF.type.asNode(), DG.classOf(FactKind.DEAL).asNode()),
                Triple.create(FACT, DG.party.asNode(), SELLER), Triple.create(FACT, DG.party.asNode(), BUYER)),
                told.triples());
    }

    @Test
    void aGraphWithoutFactsTellsNothing() {
        Node graph = node("graph/3");
        GraphWrite write = GraphWrite.of(graph, List.of(Quad.create(graph, node("article/3"),
                SchemaDO.datePublished.asNode(), NodeFactory.createLiteralDT("2025-01-01", XSDDatatype.XSDdate))));
        assertEquals(Map.of(), GraphWrite.told(List.of(write)));
    }

    private static GraphWrite article(int n, String published, Node party) {
        Node graph = node("graph/" + n);
        Node article = node("article/" + n);
        return GraphWrite.of(graph, List.of(
                Quad.create(graph, article, SchemaDO.datePublished.asNode(),
                        NodeFactory.createLiteralDT(published, XSDDatatype.XSDdate)),
                Quad.create(graph, FACT, RDF.type.asNode(), DG.classOf(FactKind.DEAL).asNode()),
                Quad.create(graph, FACT, DG.party.asNode(), party),
                Quad.create(graph, FACT, PROV.wasDerivedFrom.asNode(), article),
                Quad.create(graph, FACT, DG.evidence.asNode(), node("evidence/" + n))));
    }

    private static Node node(String path) {
        return NodeFactory.createURI("https://example.org/" + path);
    }
}
