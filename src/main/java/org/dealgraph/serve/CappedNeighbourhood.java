package org.dealgraph.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.Var;
import org.dealgraph.export.EdgeKind;
import org.dealgraph.export.GraphEdge;
import org.dealgraph.export.GraphNode;
import org.dealgraph.export.PropertyGraph;
import org.dealgraph.export.PropertyGraphReader;
import org.dealgraph.rdf.KindTerms;

/**
 * The neighbourhood of one organization or person, read from the store step by step, with at most
 * {@link #MAX_NODES} nodes: each step asks for the edges of at most {@value #FACTS_PER_STEP} facts that have the
 * last step's new nodes as an argument ({@link FactEdges}: from the summary of canonical facts when the store
 * keeps one, else from the union of the article graphs), then for the names and types of the entities at their
 * other ends. When a step finds more new entities than there is room for, those linked to the most nodes
 * already found are kept (ties by IRI), and no step follows. Otherwise a last step reads, again at most
 * {@value #FACTS_PER_STEP}, the facts of the nodes found that no step has read, so that the edges between two of
 * them are drawn, as {@link PropertyGraph#around} draws them. The answer says whether either cap left something
 * out.
 */
final class CappedNeighbourhood {

    /** The most nodes a neighbourhood holds; the graph view says so when it holds that many. */
    static final int MAX_NODES = 150;
    /** The most facts one step reads. */
    static final int FACTS_PER_STEP = 400;

    private static final Var NODE = Var.alloc("node");

    /** A neighbourhood and whether nodes or facts were left out of it for the caps. */
    record Found(PropertyGraph graph, boolean capped) {
    }

    private final GraphSource source;
    private final NameSearch names;
    private final FactEdges factEdges;
    private final int cap;

    /** {@code names}: where the entities' names and types are found once they are in memory. */
    CappedNeighbourhood(GraphSource source, NameSearch names, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("a neighbourhood needs room for at least one node: " + cap);
        }
        this.source = source;
        this.names = names;
        this.factEdges = new FactEdges(source, FACTS_PER_STEP);
        this.cap = cap;
    }

    /**
     * The nodes at most {@code depth} edges of the given kinds, dated within {@code from} and {@code to}, away
     * from {@code center}, and the edges between them; empty when {@code center} is no organization or person.
     */
    Optional<Found> around(String center, int depth, Set<EdgeKind> kinds, Optional<LocalDate> from,
                           Optional<LocalDate> to) {
        Map<String, GraphNode> nodes = new HashMap<>(nodes(List.of(center)));
        if (nodes.isEmpty()) {
            return Optional.empty();
        }
        Predicate<GraphEdge> kept = kept(kinds, from, to);
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        Set<String> read = new HashSet<>();
        List<String> frontier = List.of(center);
        boolean full = false;
        boolean limited = false;
        for (int step = 0; step < depth && !frontier.isEmpty() && !full; step++) {
            FactEdges.Found near = factEdges.touching(iris(frontier), kinds);
            List<GraphEdge> found = near.edges().stream().filter(kept).toList();
            limited |= near.limited();
            read.addAll(frontier);
            List<String> fresh = ranked(found, nodes.keySet());
            int room = cap - nodes.size();
            full = fresh.size() > room;
            Map<String, GraphNode> added = nodes(full ? fresh.subList(0, room) : fresh);
            nodes.putAll(added);
            keep(found, nodes.keySet(), edges);
            frontier = List.copyOf(added.keySet());
        }
        List<String> unread = nodes.keySet().stream().filter(n -> !read.contains(n)).sorted().toList();
        if (depth > 0 && !unread.isEmpty() && !full) {
            FactEdges.Found among = factEdges.touching(iris(unread), kinds);
            limited |= among.limited();
            keep(among.edges().stream().filter(kept).toList(), nodes.keySet(), edges);
        }
        return Optional.of(new Found(graph(nodes.values(), edges.values()), full || limited));
    }

    /** The edges whose both ends are among {@code nodes}, added to {@code edges} once each. */
    private static void keep(List<GraphEdge> found, Set<String> nodes, Map<String, GraphEdge> edges) {
        found.stream().filter(e -> nodes.contains(e.source()) && nodes.contains(e.target()))
                .forEach(e -> edges.putIfAbsent(e.id(), e));
    }

    /** The ends of {@code found} not yet among {@code known}: linked to the most known nodes first, then by IRI. */
    private static List<String> ranked(List<GraphEdge> found, Set<String> known) {
        Map<String, Set<String>> links = new HashMap<>();
        for (GraphEdge edge : found) {
            if (!known.contains(edge.source())) {
                links.computeIfAbsent(edge.source(), k -> new HashSet<>()).add(edge.target());
            }
            if (!known.contains(edge.target())) {
                links.computeIfAbsent(edge.target(), k -> new HashSet<>()).add(edge.source());
            }
        }
        return links.keySet().stream().sorted(Comparator.comparing((String n) -> -links.get(n).size())
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    private static Predicate<GraphEdge> kept(Set<EdgeKind> kinds, Optional<LocalDate> from, Optional<LocalDate> to) {
        return e -> kinds.contains(e.kind())
                && from.map(f -> e.date().map(d -> !d.last().isBefore(f)).orElse(false)).orElse(true)
                && to.map(t -> e.date().map(d -> !d.first().isAfter(t)).orElse(false)).orElse(true);
    }

    /** In the order the whole graph has them: nodes by name and IRI, edges by kind, fact and ends. */
    private static PropertyGraph graph(Collection<GraphNode> nodes, Collection<GraphEdge> edges) {
        return new PropertyGraph(nodes.stream().sorted(Comparator.comparing(GraphNode::label)
                        .thenComparing(GraphNode::iri)).toList(),
                edges.stream().sorted(Comparator.comparing((GraphEdge e) -> e.kind().label())
                        .thenComparing(GraphEdge::fact).thenComparing(GraphEdge::source)
                        .thenComparing(GraphEdge::target)).toList());
    }

    /** The organizations and people among {@code iris}, with their names: from memory once the names are there. */
    private Map<String, GraphNode> nodes(List<String> iris) {
        Map<String, GraphNode> found = new LinkedHashMap<>();
        for (String iri : iris) {
            Optional<Optional<NameSearch.Match>> known = names.entity(iri);
            if (known.isEmpty()) {
                return nodes(source, iris);
            }
            known.get().ifPresent(m -> found.put(iri, new GraphNode(iri, m.label(), m.type())));
        }
        return found;
    }

    /** The organizations and people among {@code iris} that {@code source} holds, with their names. */
    static Map<String, GraphNode> nodes(GraphSource source, List<String> iris) {
        if (iris.isEmpty()) {
            return Map.of();
        }
        Query query = PropertyGraphReader.nodeQuery();
        QueryBlocks.prepend(query, QueryBlocks.values(NODE, iris(iris)));
        return PropertyGraphReader.nodes(source.select(query, Map.of(), Optional.empty()));
    }

    private static List<Node> iris(List<String> iris) {
        List<Node> nodes = new ArrayList<>();
        iris.forEach(iri -> nodes.add(NodeFactory.createURI(iri)));
        return nodes;
    }
}
