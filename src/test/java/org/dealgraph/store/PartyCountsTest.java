package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Test;

/** How a party's counterparties and shared facts are counted, and how a write moves the stored counters. */
class PartyCountsTest {

    private static final Node A = org("a");
    private static final Node B = org("b");
    private static final Node C = org("c");
    private static final Node DEAL = NodeFactory.createURI("https://example.org/deal/1");
    private static final Node ROUND = NodeFactory.createURI("https://example.org/round/1");
    private static final Node LONE = NodeFactory.createURI("https://example.org/round/2");

    @Test
    void aPartyCountsItsDistinctCounterpartiesAndTheFactsItSharesWithThem() {
        PartyCounts.Changes changes = new PartyCounts.Changes();
        changes.moved(DEAL, Set.of(), deal());
        changes.moved(ROUND, Set.of(), round());
        changes.moved(LONE, Set.of(), List.of(Triple.create(LONE, DG.investee.asNode(), C)));
        assertEquals(Map.of(A, new PartyCounts.Counts(2, 2), B, new PartyCounts.Counts(2, 2),
                C, new PartyCounts.Counts(2, 1)), changes.counts());
    }

    @Test
    void aWriteMovesTheStoredCountersByThePairsThatGainOrLoseTheirLastSharedFact() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        write(dsg, deal(), round());
        PartyCounts.Changes first = new PartyCounts.Changes();
        first.moved(DEAL, Set.of(), deal());
        first.moved(ROUND, Set.of(), round());
        first.apply(dsg);
        assertEquals(new PartyCounts.Counts(2, 2), PartyCounts.stored(dsg, A));

        round().forEach(t -> dsg.delete(FactSummary.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        PartyCounts.Changes second = new PartyCounts.Changes();
        second.moved(ROUND, round(), Set.of());
        second.apply(dsg);
        assertEquals(new PartyCounts.Counts(1, 1), PartyCounts.stored(dsg, A), "A still shares the deal with B");
        assertEquals(new PartyCounts.Counts(1, 1), PartyCounts.stored(dsg, B));
        assertEquals(new PartyCounts.Counts(0, 0), PartyCounts.stored(dsg, C), "C shares nothing any more");
        assertEquals(false, dsg.find(FactSummary.GRAPH, Node.ANY, DG.countedParty.asNode(), C).hasNext(),
                "a counter that falls to nothing is removed");
    }

    private static List<Triple> deal() {
        return List.of(Triple.create(DEAL, DG.party.asNode(), A), Triple.create(DEAL, DG.party.asNode(), B));
    }

    /** A round B raised from A and C: B and A share a second fact, but no new counterparty. */
    private static List<Triple> round() {
        return List.of(Triple.create(ROUND, DG.investee.asNode(), B), Triple.create(ROUND, DG.investor.asNode(), A),
                Triple.create(ROUND, DG.investor.asNode(), C));
    }

    @SafeVarargs
    private static void write(DatasetGraph dsg, List<Triple>... facts) {
        for (List<Triple> fact : facts) {
            fact.forEach(t -> dsg.add(FactSummary.GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        }
    }

    private static Node org(String name) {
        return NodeFactory.createURI("https://example.org/org/" + name);
    }
}
