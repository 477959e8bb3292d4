package org.dealgraph.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;

/**
 * The money stated in US dollars for investments and funding rounds, added up per listed month ({@link ListedMonths}),
 * so that the front page's chart reads one counter per month instead of every investment. A fact counts in its
 * listed month with the largest amount it states in US dollars (its {@code dg:amount} whose currency is "USD"), in
 * whole dollars; a fact with no such amount or no date does not count. Each counter ({@code dg:MonthFunding}) holds
 * its month ({@code dg:listedMonth}) and the total ({@code dg:usdTotal}).
 */
final class MonthFunding {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node AMOUNT = DG.amount.asNode();
    private static final Node VALUE = SchemaDO.value.asNode();
    private static final Node CURRENCY = SchemaDO.currency.asNode();
    private static final Node USD_TOTAL = DG.usdTotal.asNode();
    private static final Node MONTH_FUNDING = DG.MonthFunding.asNode();
    private static final Node LISTED_MONTH = DG.listedMonth.asNode();
    private static final Set<Node> FUNDED = Set.of(DG.Investment.asNode(), DG.FundingRound.asNode());
    private static final String NODE_PREFIX = "urn:x-dealgraph:month-funding:";

    private MonthFunding() {
    }

    /** Whether {@code node} is a counter's node. */
    static boolean isCounter(Node node) {
        return node.isURI() && node.getURI().startsWith(NODE_PREFIX);
    }

    /** The largest amount in US dollars that {@code fact}, an investment or a funding round, states: none otherwise. */
    static Optional<BigDecimal> largestUsd(Node fact, Collection<Triple> summary) {
        boolean funded = summary.stream().anyMatch(t -> fact.equals(t.getSubject()) && TYPE.equals(t.getPredicate())
                && FUNDED.contains(t.getObject()));
        if (!funded) {
            return Optional.empty();
        }
        Set<Node> amounts = new HashSet<>();
        summary.stream().filter(t -> fact.equals(t.getSubject()) && AMOUNT.equals(t.getPredicate()))
                .forEach(t -> amounts.add(t.getObject()));
        Set<Node> usd = new HashSet<>();
        summary.stream().filter(t -> amounts.contains(t.getSubject()) && CURRENCY.equals(t.getPredicate())
                && t.getObject().isLiteral() && "USD".equals(t.getObject().getLiteralLexicalForm()))
                .forEach(t -> usd.add(t.getSubject()));
        return summary.stream().filter(t -> usd.contains(t.getSubject()) && VALUE.equals(t.getPredicate())
                        && t.getObject().isLiteral() && t.getObject().getLiteralValue() instanceof Number)
                .map(t -> new BigDecimal(t.getObject().getLiteralValue().toString())).max(BigDecimal::compareTo);
    }

    /** The moves of funding between months over one write. */
    static Tally<String> changes() {
        return new Tally<>(new Tally.Counting<>() {
            @Override
            public List<String> keysOf(Node fact, Collection<Triple> summary) {
                return largestUsd(fact, summary).isEmpty() ? List.of() : DateBands.listedBand(fact, summary).stream().toList();
            }

            @Override
            public long weight(Node fact, Collection<Triple> summary) {
                return largestUsd(fact, summary).map(usd -> usd.setScale(0, RoundingMode.HALF_UP).longValueExact()).orElse(0L);
            }

            @Override
            public Node valuePredicate() {
                return USD_TOTAL;
            }

            @Override
            public Node node(String month) {
                return NodeFactory.createURI(NODE_PREFIX + URLEncoder.encode(month, StandardCharsets.UTF_8));
            }

            @Override
            public List<Triple> triples(String month, long total) {
                Node node = node(month);
                return List.of(Triple.create(node, TYPE, MONTH_FUNDING),
                        Triple.create(node, LISTED_MONTH, NodeFactory.createLiteralString(month)),
                        Triple.create(node, USD_TOTAL, Literals.integer(total)));
            }
        });
    }
}
