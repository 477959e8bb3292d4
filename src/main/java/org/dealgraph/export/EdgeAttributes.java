package org.dealgraph.export;

import java.util.LinkedHashMap;
import java.util.Map;

/** The attributes every property-graph format writes for an edge, by name, in a fixed order. */
final class EdgeAttributes {

    /** The attribute names with their types ({@code string} or {@code double}). */
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
