package org.dealgraph.serve;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.dealgraph.export.GraphNode;
import org.dealgraph.export.PropertyGraphReader;

/**
 * The organizations and people the graph view suggests to start from: those that the most facts link to
 * another entity, most first, ties by name. A store that keeps the summary of canonical facts holds a counter per
 * entity ({@code suggest-summary.rq}); elsewhere the facts are counted ({@code suggest.rq}).
 */
final class Suggestions {

    /** An entity and the number of facts that link it to another. */
    record Suggested(GraphNode node, long facts) {
    }

    private static final Query SUGGEST = Describer.withTerms("suggest.rq");
    private static final Query SUGGEST_SUMMARY = TextFiles.query("suggest-summary.rq");
    /** How many more candidates than asked for are read, since a fact's argument may be no organization or person. */
    private static final int SPARE = 4;

    private final GraphSource source;
    private final int count;

    Suggestions(GraphSource source, int count) {
        this.source = source;
        this.count = count;
    }

    /** The {@code count} entities with the most facts. */
    List<Suggested> top() {
        Query query = (source.keepsSummary() ? SUGGEST_SUMMARY : SUGGEST).cloneQuery();
        query.setLimit((long) count * SPARE);
        if (source.keepsSummary()) {
            QueryBlocks.inSummary(query);
        }
        Map<String, Long> facts = new LinkedHashMap<>();
        for (Binding row : source.select(query, Map.of(), Optional.empty())) {
            Node number = UnionQueries.get(row, "facts");
            facts.put(UnionQueries.get(row, "node").getURI(), new BigInteger(number.getLiteralLexicalForm()).longValue());
        }
        Map<String, GraphNode> nodes = CappedNeighbourhood.nodes(source, List.copyOf(facts.keySet()));
        return nodes.values().stream().map(n -> new Suggested(n, facts.get(n.iri())))
                .sorted(Comparator.comparing((Suggested s) -> -s.facts()).thenComparing(s -> s.node().label()))
                .limit(count).toList();
    }
}
