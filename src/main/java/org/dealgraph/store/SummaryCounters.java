package org.dealgraph.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The counters the summary of facts keeps beside the facts ({@link MonthCounts} per month and kind,
 * {@link AmountBands} per band of amounts, {@link DateBands} per band of dates, {@link PartyCounts} per party,
 * {@link LinkCounts} per entity, {@link ListedMonths} per month and class, {@link MonthFunding} per month), moved
 * together: one write gathers, fact by fact, the summary a fact had and the one it has now, and moves every counter
 * once at its end.
 */
final class SummaryCounters {

    private final Tally<MonthCounts.Key> months = MonthCounts.changes();
    private final Tally<Integer> bands = AmountBands.changes();
    private final Tally<String> dates = DateBands.changes();
    private final PartyCounts.Changes parties = new PartyCounts.Changes();
    private final Tally<Node> links = LinkCounts.changes();
    private final Tally<ListedMonths.Key> listed = ListedMonths.changes();
    private final Tally<String> funding = MonthFunding.changes();

    /** A fact whose summary was {@code before} and is now {@code after}. */
    void moved(Node fact, Collection<Triple> before, Collection<Triple> after) {
        months.moved(fact, before, after);
        bands.moved(fact, before, after);
        dates.moved(fact, before, after);
        parties.moved(fact, before, after);
        links.moved(fact, before, after);
        listed.moved(fact, before, after);
        funding.moved(fact, before, after);
    }

    /** Moves the stored counters by what was gathered; the facts' summaries must already stand as the write leaves them. */
    void apply(DatasetGraph dsg) {
        months.apply(dsg);
        bands.apply(dsg);
        dates.apply(dsg);
        parties.apply(dsg);
        links.apply(dsg);
        listed.apply(dsg);
        funding.apply(dsg);
    }

    /** The counters' triples for facts only ever added: what the stored counters should hold when nothing was before. */
    Set<Triple> triples() {
        Set<Triple> triples = new HashSet<>();
        triples.addAll(months.triples());
        triples.addAll(bands.triples());
        triples.addAll(dates.triples());
        triples.addAll(parties.triples());
        triples.addAll(links.triples());
        triples.addAll(listed.triples());
        triples.addAll(funding.triples());
        return triples;
    }

    /** Whether {@code node} is a counter's node. */
    static boolean isCounter(Node node) {
        return MonthCounts.isCounter(node) || AmountBands.isCounter(node) || DateBands.isCounter(node)
                || PartyCounts.isCounter(node) || LinkCounts.isCounter(node)
                || ListedMonths.isCounter(node) || MonthFunding.isCounter(node);
    }
}
