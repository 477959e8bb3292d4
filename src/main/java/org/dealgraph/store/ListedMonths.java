package org.dealgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;

/**
 * The month each fact is listed under, and how many facts of each class each month holds, so that the front page
 * counts the facts of each kind and finds the latest ones without reading every fact. A fact's month
 * ({@code dg:listedMonth}, a figure of its summary; roles have none) is the first seven characters of the date it is
 * listed under, as {@link DateBands} works it out for acquisitions ("2025-03", or "2024" for a year). One counter per
 * month and class ({@code dg:ListedMonthCount}, with {@code dg:listedMonth}, absent for facts with no date at all,
 * {@code dg:countedClass} and {@code dg:factCount}) counts every fact, roles included: the counters of a class add
 * up to its number of facts, and the latest facts are found by adding the counters up from the newest month down,
 * then reading only the facts of those months through the index on {@code dg:listedMonth}.
 */
final class ListedMonths {

    /** A month ("" for facts with no date) and the class of fact counted in it. */
    record Key(String month, Node kind) {
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LISTED_MONTH = DG.listedMonth.asNode();
    private static final Node MONTH_COUNT = DG.ListedMonthCount.asNode();
    private static final Node COUNTED_CLASS = DG.countedClass.asNode();
    private static final Node FACT_COUNT = DG.factCount.asNode();
    private static final Node ROLE = DG.Role.asNode();
    private static final String NODE_PREFIX = "urn:x-dealgraph:listed-month-count:";

    private ListedMonths() {
    }

    /** The predicate of the month figure. */
    static Node predicate() {
        return LISTED_MONTH;
    }

    /** The class of fact of {@code fact} among its summary triples, if it has one. */
    private static Optional<Node> kindOf(Node fact, Collection<Triple> summary) {
        return summary.stream().filter(t -> fact.equals(t.getSubject()) && TYPE.equals(t.getPredicate())
                && FactSummary.FACT_CLASSES.contains(t.getObject())).map(Triple::getObject).findFirst();
    }

    /** The month figure of {@code fact} from its summary triples: none for a role or a fact with no date. */
    static List<Triple> figure(Node fact, Collection<Triple> summary) {
        Optional<Node> kind = kindOf(fact, summary);
        if (kind.isEmpty() || ROLE.equals(kind.get())) {
            return List.of();
        }
        return DateBands.listedBand(fact, summary).map(month -> List.of(Triple.create(fact, LISTED_MONTH,
                NodeFactory.createLiteralString(month)))).orElse(List.of());
    }

    /** Whether {@code node} is a counter's node. */
    static boolean isCounter(Node node) {
        return node.isURI() && node.getURI().startsWith(NODE_PREFIX);
    }

    /** The moves of facts between months over one write. */
    static Tally<Key> changes() {
        return new Tally<>(new Tally.Counting<>() {
            @Override
            public List<Key> keysOf(Node fact, Collection<Triple> summary) {
                return kindOf(fact, summary).map(kind -> new Key(DateBands.listedBand(fact, summary).orElse(""), kind))
                        .stream().toList();
            }

            @Override
            public Node node(Key key) {
                String kind = key.kind().getURI().substring(key.kind().getURI().lastIndexOf('#') + 1);
                return NodeFactory.createURI(NODE_PREFIX + (key.month().isEmpty() ? "undated"
                        : URLEncoder.encode(key.month(), StandardCharsets.UTF_8)) + ":" + kind);
            }

            @Override
            public List<Triple> triples(Key key, long count) {
                Node node = node(key);
                List<Triple> triples = new ArrayList<>(List.of(Triple.create(node, TYPE, MONTH_COUNT),
                        Triple.create(node, COUNTED_CLASS, key.kind()),
                        Triple.create(node, FACT_COUNT, Literals.integer(count))));
                if (!key.month().isEmpty()) {
                    triples.add(Triple.create(node, LISTED_MONTH, NodeFactory.createLiteralString(key.month())));
                }
                return triples;
            }
        });
    }
}
