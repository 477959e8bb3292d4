package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;

class StoreCountsTest {

    @Test
    void countsATripleTwoArticlesShareOnce() {
        Node acme = NodeFactory.createURI("https://example.org/test/organization/acme");
        Node first = NodeFactory.createURI("https://example.org/test/graph/1");
        Node second = NodeFactory.createURI("https://example.org/test/graph/2");
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(first, List.of(Quad.create(first, acme, RDF.type.asNode(), DG.Organization.asNode())));
            store.replace(second, List.of(Quad.create(second, acme, RDF.type.asNode(), DG.Organization.asNode()),
                    Quad.create(second, acme, DG.partnerOf.asNode(), acme)));
            assertEquals(2, StoreCounts.triples(store));
        }
    }
}
