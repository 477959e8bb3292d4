package org.dealgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;

/**
 * The summary of canonical facts, kept in the store's default graph: one node per fact (its IRI, minted
 * from its key, as in the article graphs) with its type, parties, amounts, date, status and series once
 * each, however many articles tell it, and the figures the article graphs spread out: the number of
 * articles that tell it ({@code dg:articleCount}), the earliest of their publication dates
 * ({@code dg:firstPublished}) and its month ({@code dg:firstMonth}), an acquisition's band of dates
 * ({@link DateBands}), the month it is listed under ({@link ListedMonths}), and each amount in US dollars
 * ({@code dg:amountUsd}, from the dated rate table {@code usd-rates.tsv}); beside the facts, the number of
 * facts of each counted kind per month and the connections of each party ({@link SummaryCounters}). Aggregate queries read it with
 * {@code GRAPH <urn:x-arq:DefaultGraph>} instead of reading every article graph through the union; the union
 * itself never shows it.
 *
 * <p>A fact's summary is a function of the article graphs alone, and the store keeps it so inside the write
 * transaction that replaces or removes article graphs, so the two are never out of step: the summary of a
 * fact a replaced or removed graph held is rewritten from the article graphs; a fact that only new quads
 * tell gains what they tell ({@link #update}). {@code check} compares the whole summary with one built anew
 * ({@link #problems}). Everything here runs inside the caller's transaction.
 */
final class FactSummary {

    /** The graph the summary lives in: the stored default graph, outside the union of the article graphs. */
    static final Node GRAPH = Quad.defaultGraphIRI;

    private static final Node TYPE = RDF.type.asNode();
    private static final Node VALUE = SchemaDO.value.asNode();
    private static final Node ARTICLE_COUNT = DG.articleCount.asNode();
    private static final Node FIRST_MONTH = DG.firstMonth.asNode();
    private static final Node FIRST_PUBLISHED = DG.firstPublished.asNode();
    /** How many nodes whose summary differs {@link #problems} names one by one. */
    private static final int NAMED = 20;
    /** The classes of fact, one per kind. */
    static final Set<Node> FACT_CLASSES = Arrays.stream(FactKind.values())
            .map(kind -> DG.classOf(kind).asNode()).collect(Collectors.toUnmodifiableSet());

    private FactSummary() {
    }

    /** The facts told in the article graph {@code graph}: the nodes typed there with a class of fact. */
    static Set<Node> factsOf(DatasetGraph dsg, Node graph) {
        Set<Node> facts = new HashSet<>();
        each(dsg, graph, Node.ANY, TYPE, Node.ANY, q -> {
            if (FACT_CLASSES.contains(q.getObject())) {
                facts.add(q.getSubject());
            }
        });
        return facts;
    }

    /** The facts of the quads {@code quads}: the subjects typed with a class of fact. */
    static Set<Node> factsOf(Collection<Quad> quads) {
        return quads.stream().filter(q -> TYPE.equals(q.getPredicate()) && FACT_CLASSES.contains(q.getObject()))
                .map(Quad::getSubject).collect(Collectors.toSet());
    }

    /**
     * Brings the summary in step with a write that replaced or removed article graphs: {@code before} are the
     * facts those graphs held before the write, {@code written} the graphs it wrote. The summary of each fact in
     * {@code before} is rewritten from the article graphs as they now stand (a graph that no longer tells a fact
     * may have been the only one to tell a triple of it); a fact only {@code written} tells anew gains what the
     * written graphs tell of it (worked out when each write was made), its articles added to its count and its first
     * month kept or moved earlier, without reading the other graphs that tell it. The additions go in through
     * {@code inserts}, the write's inserter.
     */
    static void update(DatasetGraph dsg, Set<Node> before, Collection<GraphWrite> written, IndexOrderInserts inserts) {
        SummaryCounters counted = new SummaryCounters();
        rewrite(dsg, before, counted);
        List<Triple> additions = new ArrayList<>();
        GraphWrite.told(written).forEach((fact, told) -> {
            if (!before.contains(fact)) {
                add(dsg, fact, told, additions, counted);
            }
        });
        inserts.addToDefaultGraph(additions);
        counted.apply(dsg);
    }

    /**
     * Adds to {@code additions} what articles not yet counted in the stored summary of {@code fact} tell and the
     * summary lacks, and deletes the figures they change; the caller stores the additions after every fact's
     * deletions. A triple already stored is not written again: a fact many articles tell would otherwise rewrite
     * the index pages that hold it once per batch.
     */
    private static void add(DatasetGraph dsg, Node fact, ToldFact told, List<Triple> additions,
                            SummaryCounters counted) {
        Set<Triple> on = stored(dsg, fact);
        long count = told.articles().size();
        Optional<String> first = told.firstMonth();
        Optional<Node> published = told.firstPublished();
        for (Triple t : on) {
            if (ARTICLE_COUNT.equals(t.getPredicate())) {
                count += ((Number) t.getObject().getLiteralValue()).longValue();
            } else if (FIRST_MONTH.equals(t.getPredicate())) {
                String stored = t.getObject().getLiteralLexicalForm();
                first = Optional.of(first.filter(month -> month.compareTo(stored) < 0).orElse(stored));
            } else if (FIRST_PUBLISHED.equals(t.getPredicate())) {
                Node stored = t.getObject();
                published = Optional.of(published.filter(date -> ToldFact.compareDates(date, stored) < 0)
                        .orElse(stored));
            }
        }
        List<Triple> figures = figures(fact, count, first, published);
        Set<Triple> dated = new LinkedHashSet<>(on);
        dated.removeIf(t -> isFigure(t.getPredicate()));
        dated.addAll(told.triples());
        dated.addAll(figures);
        figures.addAll(DateBands.figure(fact, dated));
        figures.addAll(ListedMonths.figure(fact, dated));
        for (Triple t : on) {
            if (isFigure(t.getPredicate()) && !figures.contains(t)) {
                dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        for (Triple t : told.triples()) {
            boolean stored = fact.equals(t.getSubject()) ? on.contains(t)
                    : dsg.contains(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            if (!stored) {
                additions.add(t);
            }
        }
        figures.stream().filter(t -> !on.contains(t)).forEach(additions::add);
        Set<Triple> after = new LinkedHashSet<>(on);
        after.removeIf(t -> isFigure(t.getPredicate()));
        after.addAll(told.triples());
        after.addAll(figures);
        counted.moved(fact, on, after);
    }

    private static boolean isFigure(Node predicate) {
        return ARTICLE_COUNT.equals(predicate) || FIRST_MONTH.equals(predicate) || FIRST_PUBLISHED.equals(predicate)
                || DateBands.predicate().equals(predicate) || ListedMonths.predicate().equals(predicate);
    }

    /** Rewrites the summary of each of {@code facts} from the article graphs as they now stand. */
    static void rewrite(DatasetGraph dsg, Collection<Node> facts) {
        SummaryCounters counted = new SummaryCounters();
        rewrite(dsg, facts, counted);
        counted.apply(dsg);
    }

    private static void rewrite(DatasetGraph dsg, Collection<Node> facts, SummaryCounters counted) {
        for (Node fact : facts) {
            Set<Triple> before = stored(dsg, fact);
            for (Triple t : before) {
                dsg.delete(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
            Set<Triple> after = of(dsg, fact);
            for (Triple t : after) {
                dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
            counted.moved(fact, before, after);
        }
    }

    /**
     * Rewrites the whole summary from the article graphs: the default graph is emptied but for the record of the
     * IRI base, and every fact's summary is written anew.
     */
    static void rebuild(DatasetGraph dsg) {
        List<Quad> record = new ArrayList<>();
        each(dsg, GRAPH, Node.ANY, Node.ANY, Node.ANY, q -> {
            if (BaseRecord.isRecord(q)) {
                record.add(q);
            }
        });
        dsg.deleteAny(GRAPH, Node.ANY, Node.ANY, Node.ANY);
        record.forEach(dsg::add);
        SummaryCounters counted = new SummaryCounters();
        for (Node fact : allFacts(dsg)) {
            Set<Triple> summary = of(dsg, fact);
            summary.forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
            counted.moved(fact, Set.of(), summary);
        }
        counted.triples().forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
        EntityNames.all(dsg).forEach(t -> dsg.add(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()));
    }

    /**
     * The problems of the stored summary against one built from the article graphs, in words: one line per node
     * whose summary differs (the first {@link #NAMED} found, then a line with the number of the others), each
     * naming the node and the triples missing or too many; empty if they agree. Compares fact by fact, counting
     * the counters on the way, then compares the counters and looks for summary triples on nodes that
     * are neither a fact, nor one of its amounts, nor a counter, so that only the facts' nodes and the counts are held
     * in memory.
     */
    static List<String> problems(DatasetGraph dsg) {
        Set<Node> facts = allFacts(dsg);
        Differences differences = new Differences();
        SummaryCounters counted = new SummaryCounters();
        for (Node fact : facts) {
            Set<Triple> expected = of(dsg, fact);
            Set<Triple> stored = stored(dsg, fact);
            expected.stream().filter(t -> !stored.contains(t)).forEach(t -> differences.add(t, "missing "));
            stored.stream().filter(t -> !expected.contains(t)).forEach(t -> differences.add(t, "too many "));
            counted.moved(fact, Set.of(), expected);
        }
        Set<Triple> expectedCounters = counted.triples();
        Set<Triple> expectedNames = EntityNames.all(dsg);
        for (Set<Triple> expected : List.of(expectedCounters, expectedNames)) {
            expected.stream().filter(t -> !dsg.contains(GRAPH, t.getSubject(), t.getPredicate(), t.getObject()))
                    .forEach(t -> differences.add(t, "missing "));
        }
        each(dsg, GRAPH, Node.ANY, Node.ANY, Node.ANY, q -> {
            boolean counter = SummaryCounters.isCounter(q.getSubject());
            boolean name = !counter && !facts.contains(q.getSubject()) && EntityNames.kept(q.asTriple());
            if (!BaseRecord.isRecord(q) && (counter ? !expectedCounters.contains(q.asTriple())
                    : name ? !expectedNames.contains(q.asTriple())
                    : !facts.contains(q.getSubject()) && !amountOfAny(dsg, q.getSubject(), facts))) {
                differences.add(q.asTriple(), "too many ");
            }
        });
        return differences.problems();
    }

    /** Whether {@code node} is, in the summary, an amount of one of {@code facts}. */
    private static boolean amountOfAny(DatasetGraph dsg, Node node, Set<Node> facts) {
        if (!dsg.contains(GRAPH, node, VALUE, Node.ANY)) {
            return false;
        }
        boolean[] linked = {false};
        each(dsg, GRAPH, Node.ANY, Node.ANY, node, q -> linked[0] |= facts.contains(q.getSubject()));
        return linked[0];
    }

    /** The nodes whose summary differs, the first {@link #NAMED} of them with their differences. */
    private static final class Differences {
        private final Map<Node, List<String>> named = new TreeMap<>(Comparator.comparing(Node::toString));
        private final Set<Node> others = new HashSet<>();

        void add(Triple t, String how) {
            Node node = t.getSubject();
            if (named.containsKey(node) || (named.size() < NAMED && !others.contains(node))) {
                named.computeIfAbsent(node, n -> new ArrayList<>()).add(how + ConsistencyCheck.name(t.getPredicate())
                        + " " + ConsistencyCheck.name(t.getObject()));
            } else {
                others.add(node);
            }
        }

        List<String> problems() {
            List<String> problems = new ArrayList<>();
            named.forEach((node, found) -> problems.add("the summary of facts in the default graph differs from the "
                    + "article graphs on " + ConsistencyCheck.name(node) + ": "
                    + found.stream().sorted().collect(Collectors.joining("; "))));
            if (!others.isEmpty()) {
                problems.add("the summary of facts in the default graph differs from the article graphs on "
                        + others.size() + " more nodes");
            }
            if (!problems.isEmpty()) {
                problems.add("'dealgraph summarize' rebuilds the summary of facts from the article graphs");
            }
            return problems;
        }
    }

    /** The number of triples in the summary (the default graph's, but the record of the IRI base). */
    static long size(DatasetGraph dsg) {
        long[] size = {0};
        each(dsg, GRAPH, Node.ANY, Node.ANY, Node.ANY, q -> size[0] += BaseRecord.isRecord(q) ? 0 : 1);
        return size[0];
    }

    /** Every triple of the default graph that belongs to the summary (everything but the record of the IRI base). */
    static Set<Triple> storedAll(DatasetGraph dsg) {
        Set<Triple> triples = new HashSet<>();
        each(dsg, GRAPH, Node.ANY, Node.ANY, Node.ANY, q -> {
            if (!BaseRecord.isRecord(q)) {
                triples.add(q.asTriple());
            }
        });
        return triples;
    }

    private static Set<Node> allFacts(DatasetGraph dsg) {
        Set<Node> facts = new HashSet<>();
        for (Node kind : FACT_CLASSES) {
            each(dsg, Node.ANY, Node.ANY, TYPE, kind, q -> {
                if (!Quad.isDefaultGraph(q.getGraph())) {
                    facts.add(q.getSubject());
                }
            });
        }
        return facts;
    }

    /** The summary triples now stored for {@code fact}: on its node, and on the amounts it links to. */
    private static Set<Triple> stored(DatasetGraph dsg, Node fact) {
        Set<Triple> triples = storedOn(dsg, fact);
        for (Triple t : List.copyOf(triples)) {
            if (t.getObject().isURI() && dsg.contains(GRAPH, t.getObject(), VALUE, Node.ANY)) {
                each(dsg, GRAPH, t.getObject(), Node.ANY, Node.ANY, m -> triples.add(m.asTriple()));
            }
        }
        return triples;
    }

    private static Set<Triple> storedOn(DatasetGraph dsg, Node node) {
        Set<Triple> triples = new LinkedHashSet<>();
        each(dsg, GRAPH, node, Node.ANY, Node.ANY, q -> triples.add(q.asTriple()));
        return triples;
    }

    /** The summary of {@code fact} as the article graphs tell it; empty when no article tells it any more. */
    static Set<Triple> of(DatasetGraph dsg, Node fact) {
        ToldFact told = ToldFact.of(fact, (subject, predicate, action) -> each(dsg, Node.ANY, subject, predicate,
                Node.ANY, q -> {
                    if (!Quad.isDefaultGraph(q.getGraph())) {
                        action.accept(q.asTriple());
                    }
                }));
        if (told.articles().isEmpty()) {
            return Set.of();
        }
        Set<Triple> triples = new LinkedHashSet<>(told.triples());
        triples.addAll(figures(fact, told.articles().size(), told.firstMonth(), told.firstPublished()));
        triples.addAll(DateBands.figure(fact, triples));
        triples.addAll(ListedMonths.figure(fact, triples));
        return triples;
    }

    /** The fact's number of articles and, if known, the earliest publication date and its month. */
    private static List<Triple> figures(Node fact, long articles, Optional<String> firstMonth,
                                        Optional<Node> firstPublished) {
        List<Triple> figures = new ArrayList<>();
        figures.add(Triple.create(fact, ARTICLE_COUNT, Literals.integer(articles)));
        firstMonth.ifPresent(month -> figures.add(Triple.create(fact, FIRST_MONTH, NodeFactory.createLiteralString(month))));
        firstPublished.ifPresent(date -> figures.add(Triple.create(fact, FIRST_PUBLISHED, date)));
        return figures;
    }

    /** Gives {@code action} every quad of the pattern, closing the iterator. */
    static void each(DatasetGraph dsg, Node g, Node s, Node p, Node o, Consumer<Quad> action) {
        Iterator<Quad> found = dsg.find(g, s, p, o);
        try {
            found.forEachRemaining(action);
        } finally {
            Iter.close(found);
        }
    }
}
