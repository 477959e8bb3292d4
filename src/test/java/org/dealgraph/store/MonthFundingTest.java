package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Test;

/** How the money of investments and rounds in US dollars is added up per listed month, and moved by a write. */
class MonthFundingTest {

    private static final Node ROUND = NodeFactory.createURI("https://example.org/round/1");
    private static final Node STAKE = NodeFactory.createURI("https://example.org/investment/1");
    private static final Node EUROS = NodeFactory.createURI("https://example.org/investment/2");

    @Test
    void eachFactAddsItsLargestAmountInDollarsToItsListedMonth() {
        Tally<String> changes = MonthFunding.changes();
        changes.moved(ROUND, Set.of(), round());
        changes.moved(STAKE, Set.of(), fact(STAKE, DG.Investment, "2025-03-02", List.of("40000000", "USD")));
        changes.moved(EUROS, Set.of(), fact(EUROS, DG.Investment, "2025-03-09", List.of("9000000", "EUR")));
        assertEquals(Map.of("2025-03", 340_000_000L), changes.counts(), "the round's larger amount and the stake");
    }

    @Test
    void aWriteMovesTheStoredTotalAndRemovesOneThatFallsToNothing() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Tally<String> first = MonthFunding.changes();
        first.moved(ROUND, Set.of(), round());
        first.apply(dsg);
        Node counter = dsg.find(FactSummary.GRAPH, Node.ANY, RDF.type.asNode(), DG.MonthFunding.asNode()).next().getSubject();
        assertEquals(300_000_000L, Tally.number(dsg, counter, DG.usdTotal.asNode()));

        Tally<String> second = MonthFunding.changes();
        second.moved(ROUND, round(), Set.of());
        second.apply(dsg);
        assertFalse(dsg.find(FactSummary.GRAPH, counter, Node.ANY, Node.ANY).hasNext());
    }

    /** A round of March 2025 stating $300 million and, as a first tranche, $100 million. */
    private static List<Triple> round() {
        return fact(ROUND, DG.FundingRound, "2025-03-15", List.of("300000000", "USD", "100000000", "USD"));
    }

    private static List<Triple> fact(Node fact, Resource type, String date, List<String> amounts) {
        List<Triple> triples = new ArrayList<>(List.of(Triple.create(fact, RDF.type.asNode(), type.asNode()),
                Triple.create(fact, DG.date.asNode(), NodeFactory.createLiteralDT(date, XSDDatatype.XSDdate))));
        for (int i = 0; i < amounts.size(); i += 2) {
            Node amount = NodeFactory.createURI(fact.getURI() + "/amount/" + i);
            triples.add(Triple.create(fact, DG.amount.asNode(), amount));
            triples.add(Triple.create(amount, SchemaDO.value.asNode(),
                    NodeFactory.createLiteralDT(amounts.get(i), XSDDatatype.XSDdecimal)));
            triples.add(Triple.create(amount, SchemaDO.currency.asNode(), NodeFactory.createLiteralString(amounts.get(i + 1))));
        }
        return triples;
    }
}
