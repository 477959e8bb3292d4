package org.dealgraph.export;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The store seen as a property graph: organizations and people as nodes, the facts between them as edges
 * (see {@link EdgeKind}). What GraphML, GEXF, Cytoscape.js and CSV exports write, and what the graph view
 * draws. Every edge's ends are nodes of the graph.
 */
public record PropertyGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

    public PropertyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        Set<String> iris = new LinkedHashSet<>();
        nodes.forEach(n -> iris.add(n.iri()));
        for (GraphEdge edge : edges) {
            if (!iris.contains(edge.source()) || !iris.contains(edge.target())) {
                throw new IllegalArgumentException("edge " + edge.id() + " has an end that is not a node");
            }
        }
    }

    /** The node {@code iri}, if the graph has it. */
    public Optional<GraphNode> node(String iri) {
        return nodes.stream().filter(n -> n.iri().equals(iri)).findFirst();
    }

    /**
     * The neighbourhood of {@code center}: the nodes at most {@code depth} edges away (either direction) and
     * every edge between two of them. Empty when the graph has no such node.
     */
    public PropertyGraph around(String center, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth must be 0 or more: " + depth);
        }
        if (node(center).isEmpty()) {
            return new PropertyGraph(List.of(), List.of());
        }
        Map<String, List<GraphEdge>> touching = new HashMap<>();
        for (GraphEdge edge : edges) {
            touching.computeIfAbsent(edge.source(), k -> new java.util.ArrayList<>()).add(edge);
            touching.computeIfAbsent(edge.target(), k -> new java.util.ArrayList<>()).add(edge);
        }
        Map<String, Integer> distance = new HashMap<>(Map.of(center, 0));
        Deque<String> queue = new ArrayDeque<>(List.of(center));
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            int next = distance.get(at) + 1;
            if (next > depth) {
                continue;
            }
            for (GraphEdge edge : touching.getOrDefault(at, List.of())) {
                String other = edge.source().equals(at) ? edge.target() : edge.source();
                if (distance.putIfAbsent(other, next) == null) {
                    queue.addLast(other);
                }
            }
        }
        return new PropertyGraph(nodes.stream().filter(n -> distance.containsKey(n.iri())).toList(),
                edges.stream().filter(e -> distance.containsKey(e.source()) && distance.containsKey(e.target()))
                        .toList());
    }

    /**
     * The same nodes with only the edges of the given kinds dated within {@code from} and {@code to}
     * (inclusive; a month or a year is within when any of its days is). When a bound is given, edges without
     * a date are left out.
     */
    public PropertyGraph filtered(Set<EdgeKind> kinds, Optional<LocalDate> from, Optional<LocalDate> to) {
        Predicate<GraphEdge> keep = e -> kinds.contains(e.kind())
                && from.map(f -> e.date().map(d -> !d.last().isBefore(f)).orElse(false)).orElse(true)
                && to.map(t -> e.date().map(d -> !d.first().isAfter(t)).orElse(false)).orElse(true);
        return new PropertyGraph(nodes, edges.stream().filter(keep).toList());
    }
}
