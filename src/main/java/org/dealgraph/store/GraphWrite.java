package org.dealgraph.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;

/**
 * One article graph to be written: its name, its quads, and what they tell the summary of facts, worked out when
 * the write is made. Ingest makes it on the worker that mapped the article, so the store's one writer thread only
 * merges what the graphs of a batch tell and compares it with the stored summary ({@link FactSummary#update}).
 */
public final class GraphWrite {

    private final Node graph;
    private final List<Quad> quads;
    private final Map<Node, ToldFact> told;

    private GraphWrite(Node graph, List<Quad> quads, Map<Node, ToldFact> told) {
        this.graph = graph;
        this.quads = quads;
        this.told = told;
    }

    /**
     * The write of {@code quads} as the whole graph {@code graph}. The store refuses it, inside its write
     * transaction, if a quad belongs to another graph ({@link ArticleStore#write}).
     */
    public static GraphWrite of(Node graph, List<Quad> quads) {
        return new GraphWrite(Objects.requireNonNull(graph, "graph"), List.copyOf(quads), told(quads));
    }

    /** Refuses quads of another graph than this write's. */
    void check() {
        for (Quad quad : quads) {
            if (!graph.equals(quad.getGraph())) {
                throw new IllegalArgumentException("quad for graph " + quad.getGraph() + " while replacing " + graph);
            }
        }
    }

    /** The graph's name. */
    public Node graph() {
        return graph;
    }

    /** The graph's quads. */
    public List<Quad> quads() {
        return quads;
    }

    /** What the quads tell of each fact typed in them. */
    Map<Node, ToldFact> told() {
        return told;
    }

    /** What the graphs of {@code writes} tell of each fact, together. */
    static Map<Node, ToldFact> told(Collection<GraphWrite> writes) {
        Map<Node, ToldFact> all = new HashMap<>();
        for (GraphWrite write : writes) {
            write.told.forEach((fact, told) -> all.merge(fact, told, ToldFact::and));
        }
        return all;
    }

    private static Map<Node, ToldFact> told(List<Quad> quads) {
        Set<Node> facts = FactSummary.factsOf(quads);
        if (facts.isEmpty()) {
            return Map.of();
        }
        Map<Node, List<Triple>> bySubject = quads.stream()
                .collect(Collectors.groupingBy(Quad::getSubject, Collectors.mapping(Quad::asTriple, Collectors.toList())));
        ToldFact.Source source = (subject, predicate, action) -> bySubject.getOrDefault(subject, List.of()).stream()
                .filter(t -> predicate == Node.ANY || predicate.equals(t.getPredicate())).forEach(action);
        Map<Node, ToldFact> told = new HashMap<>();
        for (Node fact : facts) {
            told.put(fact, ToldFact.of(fact, source));
        }
        return Map.copyOf(told);
    }
}
