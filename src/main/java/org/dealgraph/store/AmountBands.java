package org.dealgraph.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;

/**
 * Bands of amounts in US dollars, so that {@code largest-deals.rq} reads the largest amounts without ranking every
 * one. An amount's band is {@code floor(10 × log10(dollars))} (ten bands a decade; 0 for a dollar or less), kept on
 * the amount in the summary as {@code dg:amountBand}: a larger amount never has a lower band. Beside them, one counter
 * per band ({@code dg:AmountBandCount}) holds how many of the query's rows fall in it: a deal's value, an
 * investment's or round's amount, an acquisition's price, the largest the fact states in each currency. The query
 * adds the counters up from the top band down until they hold a hundred rows, and ranks only the amounts of those
 * bands, found through the index on {@code dg:amountBand}.
 */
final class AmountBands {

    /** The property giving the amount ranked for each class of fact, as {@code largest-deals.rq} pairs them. */
    static final Map<Node, Node> RANKED = Map.of(DG.Deal.asNode(), DG.value.asNode(),
            DG.Investment.asNode(), DG.amount.asNode(), DG.FundingRound.asNode(), DG.amount.asNode(),
            DG.Acquisition.asNode(), DG.price.asNode());

    private static final Node TYPE = RDF.type.asNode();
    private static final Node VALUE = SchemaDO.value.asNode();
    private static final Node CURRENCY = SchemaDO.currency.asNode();
    private static final Node AMOUNT_BAND = DG.amountBand.asNode();
    private static final Node BAND_COUNT = DG.AmountBandCount.asNode();
    private static final Node FACT_COUNT = DG.factCount.asNode();
    private static final String NODE_PREFIX = "urn:x-dealgraph:amount-band-count:";

    private AmountBands() {
    }

    /** The band of an amount of {@code usd} US dollars. */
    static int band(BigDecimal usd) {
        if (usd.compareTo(BigDecimal.ONE) <= 0) {
            return 0;
        }
        return (int) Math.floor(10 * Math.log10(usd.doubleValue()));
    }

    /** The triple giving the amount {@code node} of {@code usd} US dollars its band. */
    static Triple bandOf(Node node, BigDecimal usd) {
        return Triple.create(node, AMOUNT_BAND, Literals.integer(band(usd)));
    }

    /**
     * The bands of the rows {@code fact} gives {@code largest-deals.rq}, read from its summary triples (its amounts'
     * among them): for each currency, the band of the largest amount it states in it under its class's property.
     */
    static List<Integer> rowsOf(Node fact, Collection<Triple> summary) {
        Node property = null;
        Set<Node> amounts = new HashSet<>();
        for (Triple t : summary) {
            if (fact.equals(t.getSubject()) && TYPE.equals(t.getPredicate()) && RANKED.containsKey(t.getObject())) {
                property = RANKED.get(t.getObject());
            }
        }
        if (property == null) {
            return List.of();
        }
        for (Triple t : summary) {
            if (fact.equals(t.getSubject()) && property.equals(t.getPredicate())) {
                amounts.add(t.getObject());
            }
        }
        Map<Node, Node> value = new HashMap<>();
        Map<Node, Node> currency = new HashMap<>();
        Map<Node, Node> band = new HashMap<>();
        for (Triple t : summary) {
            if (amounts.contains(t.getSubject())) {
                Node p = t.getPredicate();
                if (VALUE.equals(p)) {
                    value.put(t.getSubject(), t.getObject());
                } else if (CURRENCY.equals(p)) {
                    currency.put(t.getSubject(), t.getObject());
                } else if (AMOUNT_BAND.equals(p)) {
                    band.put(t.getSubject(), t.getObject());
                }
            }
        }
        Map<Node, Node> largest = new HashMap<>();
        for (Node amount : amounts) {
            Node in = currency.get(amount);
            if (in == null || !band.containsKey(amount) || !(value.get(amount) != null
                    && value.get(amount).getLiteralValue() instanceof Number)) {
                continue;
            }
            largest.merge(in, amount, (a, b) -> number(value.get(b)).compareTo(number(value.get(a))) > 0 ? b : a);
        }
        List<Integer> rows = new ArrayList<>();
        largest.values().forEach(amount -> rows.add(((Number) band.get(amount).getLiteralValue()).intValue()));
        return rows;
    }

    private static BigDecimal number(Node literal) {
        return new BigDecimal(literal.getLiteralValue().toString());
    }

    /** Whether {@code node} is a counter's node. */
    static boolean isCounter(Node node) {
        return node.isURI() && node.getURI().startsWith(NODE_PREFIX);
    }

    /** The moves of rows between bands over one write. */
    static Tally<Integer> changes() {
        return Tally.<Integer>of(NODE_PREFIX, BAND_COUNT, AMOUNT_BAND, band -> Literals.integer(band), AmountBands::rowsOf);
    }
}
