package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Test;

/** How the facts that link each entity to another are counted, roles among them, and how a write moves the counters. */
class LinkCountsTest {

    private static final Node A = entity("org/a");
    private static final Node B = entity("org/b");
    private static final Node P = entity("person/p");
    private static final Node DEAL = NodeFactory.createURI("https://example.org/deal/1");
    private static final Node ROLE = NodeFactory.createURI("https://example.org/role/1");
    private static final Node LONE = NodeFactory.createURI("https://example.org/round/1");
    private static final Node SELF = NodeFactory.createURI("https://example.org/deal/2");

    @Test
    void aFactCountsForEachOfItsEntitiesWhenItLinksAtLeastTwo() {
        Tally<Node> changes = LinkCounts.changes();
        changes.moved(DEAL, Set.of(), deal());
        changes.moved(ROLE, Set.of(), role());
        changes.moved(LONE, Set.of(), List.of(Triple.create(LONE, DG.investee.asNode(), B),
                Triple.create(LONE, RDF.type.asNode(), DG.FundingRound.asNode())));
        changes.moved(SELF, Set.of(), List.of(Triple.create(SELF, DG.party.asNode(), A),
                Triple.create(SELF, DG.party.asNode(), A)));
        assertEquals(Map.of(A, 2L, B, 1L, P, 1L), changes.counts());
    }

    @Test
    void aWriteMovesTheStoredCountersAndRemovesOneThatFallsToNothing() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Tally<Node> first = LinkCounts.changes();
        first.moved(DEAL, Set.of(), deal());
        first.moved(ROLE, Set.of(), role());
        first.apply(dsg);
        assertEquals(Set.copyOf(first.triples()), counters(dsg));

        Tally<Node> second = LinkCounts.changes();
        second.moved(ROLE, role(), Set.of());
        second.apply(dsg);
        Tally<Node> dealOnly = LinkCounts.changes();
        dealOnly.moved(DEAL, Set.of(), deal());
        assertEquals(Set.copyOf(dealOnly.triples()), counters(dsg), "A keeps the deal with B; P has no fact left");
        assertFalse(dsg.find(FactSummary.GRAPH, Node.ANY, DG.countedEntity.asNode(), P).hasNext());
    }

    private static Set<Triple> counters(DatasetGraph dsg) {
        Set<Triple> triples = new HashSet<>();
        dsg.find(FactSummary.GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        return triples;
    }

    private static List<Triple> deal() {
        return List.of(Triple.create(DEAL, DG.party.asNode(), A), Triple.create(DEAL, DG.party.asNode(), B));
    }

    private static List<Triple> role() {
        return List.of(Triple.create(ROLE, ORG.member.asNode(), P),
                Triple.create(ROLE, ORG.organization.asNode(), A),
                Triple.create(ROLE, SchemaDO.roleName.asNode(), NodeFactory.createLiteralString("chief executive")));
    }

    private static Node entity(String path) {
        return NodeFactory.createURI("https://example.org/" + path);
    }
}
