package org.dealgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** The attributes every property-graph format writes for an edge, by name, in a fixed order. */
final class EdgeAttributes {

    /** The attribute names with their types ({@code string} or {@code double}), as every format writes them. */
    static final Map<String, String> TYPES = types();

    private EdgeAttributes() {
    }

    private static Map<String, String> types() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("kind", "string");
        types.put("fact", "string");
        types.put("amount", "double");
        types.put("currency", "string");
        types.put("date", "string");
        types.put("title", "string");
        types.put("status", "string");
        return types;
    }

    /**
     * The name of the attribute GraphML and GEXF add: whether the edge's direction means something
     * ({@code false} for deals and partnerships, whose ends are alike). Those two formats write every edge
     * directed, since NetworkX refuses a graph that mixes directed and undirected edges.
     */
    static final String DIRECTED = "directed";

    /** {@link #TYPES} and then {@link #DIRECTED}, a boolean: the attributes of GraphML and GEXF. */
    static final Map<String, String> XML_TYPES = xmlTypes();

    private static Map<String, String> xmlTypes() {
        Map<String, String> types = new LinkedHashMap<>(types());
        types.put(DIRECTED, "boolean");
        return types;
    }

    /** {@link #of(GraphEdge)} and then whether the edge is directed: the values GraphML and GEXF write. */
    static Map<String, String> withDirection(GraphEdge edge) {
        Map<String, String> values = of(edge);
        values.put(DIRECTED, String.valueOf(edge.kind().directed()));
        return values;
    }

    /** The edge's attribute values, by name; absent values are left out. */
    static Map<String, String> of(GraphEdge edge) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", edge.kind().label());
        values.put("fact", edge.fact());
        edge.amount().ifPresent(a -> values.put("amount", a.toPlainString()));
        edge.currency().ifPresent(c -> values.put("currency", c));
        edge.date().ifPresent(d -> values.put("date", d.toString()));
        edge.title().ifPresent(t -> values.put("title", t));
        edge.status().ifPresent(s -> values.put("status", s));
        return values;
    }
}
