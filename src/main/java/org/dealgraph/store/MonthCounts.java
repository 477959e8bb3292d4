package org.dealgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;

/**
 * How many facts of each counted kind (deals, investments, funding rounds, acquisitions, partnerships) fall in
 * each month, kept in the summary of facts so that {@code deals-per-month.rq} and the front page's chart read a
 * few hundred counters instead of every fact. A fact falls in the month of its earliest own date stated to the
 * day or the month, otherwise in its {@code dg:firstMonth}; one without either is not counted. Each counter is a
 * node of its own ({@code dg:MonthCount}) with its month, the class it counts and {@code dg:factCount}.
 *
 * <p>The counters follow the facts' summaries in the same write: {@link #changes} gathers, fact by fact, the month
 * a fact left and the one it entered, and moves the counts once per write.
 */
final class MonthCounts {

    /** A month ("2025-03") and the class of fact counted in it. */
    record Key(String month, Node kind) {
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node DATE = DG.date.asNode();
    private static final Node FIRST_MONTH = DG.firstMonth.asNode();
    private static final Node MONTH_COUNT = DG.MonthCount.asNode();
    private static final Node MONTH = DG.month.asNode();
    private static final Node COUNTED_CLASS = DG.countedClass.asNode();
    private static final Node FACT_COUNT = DG.factCount.asNode();
    private static final String NODE_PREFIX = "urn:x-dealgraph:month-count:";
    /** The kinds of fact counted per month. */
    private static final Set<Node> COUNTED = Set.of(DG.Deal.asNode(), DG.Investment.asNode(),
            DG.FundingRound.asNode(), DG.Acquisition.asNode(), DG.Partnership.asNode());
    private static final Set<String> OWN_MONTH_TYPES = Set.of(XSDDatatype.XSDdate.getURI(),
            XSDDatatype.XSDgYearMonth.getURI());

    private MonthCounts() {
    }

    /** Where the summary triples {@code summary} of {@code fact} count it: its kind and month, if it is counted. */
    static Optional<Key> keyOf(Node fact, Collection<Triple> summary) {
        Node kind = null;
        String own = null;
        String first = null;
        for (Triple t : summary) {
            if (!fact.equals(t.getSubject())) {
                continue;
            }
            Node p = t.getPredicate();
            Node o = t.getObject();
            if (TYPE.equals(p) && COUNTED.contains(o)) {
                kind = o;
            } else if (DATE.equals(p) && o.isLiteral() && OWN_MONTH_TYPES.contains(o.getLiteralDatatypeURI())) {
                own = earlier(own, month(o.getLiteralLexicalForm()));
            } else if (FIRST_MONTH.equals(p) && o.isLiteral()) {
                first = earlier(first, o.getLiteralLexicalForm());
            }
        }
        String month = own != null ? own : first;
        return kind == null || month == null ? Optional.empty() : Optional.of(new Key(month, kind));
    }

    private static String month(String lexical) {
        return lexical.length() > 7 ? lexical.substring(0, 7) : lexical;
    }

    private static String earlier(String a, String b) {
        return a == null || b.compareTo(a) < 0 ? b : a;
    }

    /** Whether {@code node} is a counter's node. */
    static boolean isCounter(Node node) {
        return node.isURI() && node.getURI().startsWith(NODE_PREFIX);
    }

    /** The triples of the counter of {@code key} holding {@code count}. */
    static List<Triple> triples(Key key, long count) {
        Node node = node(key);
        return List.of(Triple.create(node, TYPE, MONTH_COUNT),
                Triple.create(node, MONTH, NodeFactory.createLiteralString(key.month())),
                Triple.create(node, COUNTED_CLASS, key.kind()),
                Triple.create(node, FACT_COUNT, Literals.integer(count)));
    }

    private static Node node(Key key) {
        String kind = key.kind().getURI().substring(key.kind().getURI().lastIndexOf('#') + 1);
        return NodeFactory.createURI(NODE_PREFIX + URLEncoder.encode(key.month(), StandardCharsets.UTF_8) + ":" + kind);
    }

    /** The moves of facts between months over one write. */
    static Tally<Key> changes() {
        return new Tally<>(new Tally.Counting<>() {
            @Override
            public List<Key> keysOf(Node fact, Collection<Triple> summary) {
                return keyOf(fact, summary).stream().toList();
            }

            @Override
            public Node node(Key key) {
                return MonthCounts.node(key);
            }

            @Override
            public List<Triple> triples(Key key, long count) {
                return MonthCounts.triples(key, count);
            }
        });
    }
}
