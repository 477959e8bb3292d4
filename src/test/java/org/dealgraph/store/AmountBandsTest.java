package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;
import org.junit.jupiter.api.Test;

/** The band of an amount, and which of a fact's amounts are counted in the bands. */
class AmountBandsTest {

    private static final Node DEAL = NodeFactory.createURI("https://example.org/deal/1");

    @Test
    void tenBandsADecadeAndALargerAmountNeverInALowerBand() {
        assertEquals(0, AmountBands.band(new BigDecimal("0.5")));
        assertEquals(0, AmountBands.band(BigDecimal.ONE));
        assertEquals(90, AmountBands.band(new BigDecimal("1000000000")));
        assertEquals(93, AmountBands.band(new BigDecimal("2500000000")));
        assertEquals(100, AmountBands.band(new BigDecimal("10000000000")));
        int last = 0;
        for (BigDecimal usd = BigDecimal.ONE; usd.compareTo(new BigDecimal("1e13")) < 0;
                usd = usd.multiply(new BigDecimal("1.07"))) {
            int band = AmountBands.band(usd);
            assertTrue(band >= last, usd + " is in band " + band + ", below " + last);
            last = band;
        }
    }

    @Test
    void aFactCountsItsLargestAmountInEachCurrencyUnderItsClasssProperty() {
        List<Triple> summary = new ArrayList<>();
        summary.add(Triple.create(DEAL, RDF.type.asNode(), DG.Deal.asNode()));
        summary.addAll(amount("total", DG.value.asNode(), "10000000000", "USD"));
        summary.addAll(amount("tranche", DG.value.asNode(), "1000000000", "USD"));
        summary.addAll(amount("euros", DG.value.asNode(), "2500000000", "EUR"));
        summary.addAll(amount("worth", DG.valuation.asNode(), "90000000000", "USD"));
        List<Integer> rows = new ArrayList<>(AmountBands.rowsOf(DEAL, summary));
        rows.sort(null);
        assertEquals(List.of(93, 100), rows, "the total, not its tranche; euros apart; never a valuation");
        assertEquals(List.of(), AmountBands.rowsOf(DEAL, summary.subList(1, summary.size())), "an untyped node");
    }

    /** An amount of the deal (its band as if stated in dollars) under {@code property}. */
    private static List<Triple> amount(String name, Node property, String value, String currency) {
        Node node = NodeFactory.createURI("https://example.org/deal/1/" + name);
        return List.of(Triple.create(DEAL, property, node),
                Triple.create(node, SchemaDO.value.asNode(), Literals.decimal(new BigDecimal(value))),
                Triple.create(node, SchemaDO.currency.asNode(), NodeFactory.createLiteralString(currency)),
                AmountBands.bandOf(node, new BigDecimal(value)));
    }
}
