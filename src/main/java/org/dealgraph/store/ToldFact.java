package org.dealgraph.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;
import org.dealgraph.rdf.PROV;

/**
 * What some article graphs tell of one fact, as the summary of facts keeps it: the fact's triples but its
 * evidence and provenance, each amount it links to with its value in US dollars, the articles telling it, and
 * the earliest of their publication dates with its month. Gathered from all the article graphs of a store, or from the quads of
 * one article graph's quads (and merged over the graphs of a write).
 *
 * @param triples    the fact's triples and its amounts' (each amount with its {@code dg:amountUsd})
 * @param articles   the articles the fact is derived from
 * @param firstMonth the year and month ("2025-03") of the earliest publication date among them, if any
 * @param firstPublished the earliest publication date among them, as stored, if any
 */
record ToldFact(Set<Triple> triples, Set<Node> articles, Optional<String> firstMonth, Optional<Node> firstPublished) {

    /** The triples of the article graphs with a given subject and predicate ({@link Node#ANY} for any). */
    interface Source {
        void each(Node subject, Node predicate, Consumer<Triple> action);
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
    private static final Node EVIDENCE = DG.evidence.asNode();
    private static final Node PUBLISHED = SchemaDO.datePublished.asNode();
    private static final Node VALUE = SchemaDO.value.asNode();
    private static final Node CURRENCY = SchemaDO.currency.asNode();
    private static final Node AMOUNT_USD = DG.amountUsd.asNode();
    private static final UsdRates RATES = UsdRates.read(UsdRates.TABLE);

    ToldFact {
        triples = Set.copyOf(triples);
        articles = Set.copyOf(articles);
    }

    /** What {@code source} tells of {@code fact}; no triples and no articles when it tells nothing. */
    static ToldFact of(Node fact, Source source) {
        Set<Triple> triples = new LinkedHashSet<>();
        Set<Node> articles = new HashSet<>();
        source.each(fact, Node.ANY, t -> {
            if (DERIVED_FROM.equals(t.getPredicate())) {
                articles.add(t.getObject());
            } else if (!EVIDENCE.equals(t.getPredicate())) {
                triples.add(t);
            }
        });
        for (Triple t : List.copyOf(triples)) {
            if (t.getObject().isURI() && !TYPE.equals(t.getPredicate())) {
                amount(t.getObject(), source, triples);
            }
        }
        List<Node> published = articles.stream().flatMap(article -> published(article, source).stream()).toList();
        Optional<String> first = published.stream().map(ToldFact::month).min(String::compareTo);
        return new ToldFact(triples, articles, first, published.stream().min(ToldFact::compareDates));
    }

    /** What this and {@code other} tell together: both's triples and articles, and the earlier first month. */
    ToldFact and(ToldFact other) {
        Set<Triple> both = new LinkedHashSet<>(triples);
        both.addAll(other.triples);
        Set<Node> from = new HashSet<>(articles);
        from.addAll(other.articles);
        return new ToldFact(both, from, Stream.concat(firstMonth.stream(), other.firstMonth.stream())
                .min(String::compareTo), Stream.concat(firstPublished.stream(), other.firstPublished.stream())
                .min(ToldFact::compareDates));
    }

    /**
     * Orders publication dates as SPARQL's {@code MIN} does, so that the summary's earliest date is the one a query
     * over the article graphs finds.
     */
    static int compareDates(Node a, Node b) {
        return NodeValue.compareAlways(NodeValue.makeNode(a), NodeValue.makeNode(b));
    }

    /** The triples of the amount {@code node}, if it is one (a value and a currency), with its value in US dollars and its band. */
    private static void amount(Node node, Source source, Set<Triple> into) {
        boolean[] valued = {false};
        source.each(node, VALUE, t -> valued[0] = true);
        if (!valued[0]) {
            return;
        }
        Set<Triple> found = new LinkedHashSet<>();
        source.each(node, Node.ANY, found::add);
        Node value = object(found, VALUE);
        Node currency = object(found, CURRENCY);
        if (value == null || currency == null || !value.isLiteral()
                || !(value.getLiteralValue() instanceof Number number)) {
            return;
        }
        into.addAll(found);
        BigDecimal usd = RATES.inUsd(new BigDecimal(number.toString()), currency.getLiteralLexicalForm());
        into.add(Triple.create(node, AMOUNT_USD, Literals.decimal(usd)));
        into.add(AmountBands.bandOf(node, usd));
    }

    private static Node object(Set<Triple> triples, Node predicate) {
        return triples.stream().filter(t -> predicate.equals(t.getPredicate())).map(Triple::getObject)
                .findFirst().orElse(null);
    }

    /** The article's publication dates. */
    private static List<Node> published(Node article, Source source) {
        List<Node> dates = new ArrayList<>();
        source.each(article, PUBLISHED, t -> {
            if (t.getObject().isLiteral()) {
                dates.add(t.getObject());
            }
        });
        return dates;
    }

    /** A publication date's month: the first seven characters of its lexical form, as the queries take them. */
    private static String month(Node date) {
        String lexical = date.getLiteralLexicalForm();
        return lexical.length() > 7 ? lexical.substring(0, 7) : lexical;
    }
}
