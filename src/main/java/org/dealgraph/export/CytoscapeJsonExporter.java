package org.dealgraph.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Cytoscape.js JSON ({@code {"elements": {"nodes": [...], "edges": [...]}}}, which Cytoscape desktop
 * imports too): node data {@code id} (the IRI), {@code label}, {@code type}; edge data {@code id},
 * {@code source}, {@code target}, {@code kind}, {@code fact} and, when known, {@code amount} (a number),
 * {@code currency}, {@code amountText} ({@code $38 billion}), {@code date}, {@code title}, {@code status}.
 * The graph view of {@code serve} draws this same JSON.
 */
public final class CytoscapeJsonExporter implements GraphExporter {

    private static final ObjectMapper JSON = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    @Override
    public String name() {
        return "cyjs";
    }

    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(out, json(graph));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Cytoscape.js JSON", e);
        }
    }

    /** The graph as a Cytoscape.js elements object. */
    public static ObjectNode json(PropertyGraph graph) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (GraphNode node : graph.nodes()) {
            ObjectNode data = nodes.addObject().putObject("data");
            data.put("id", node.iri());
            data.put("label", node.label());
            data.put("type", node.type());
        }
        ArrayNode edges = elements.putArray("edges");
        for (GraphEdge edge : graph.edges()) {
            edges.addObject().set("data", edgeData(edge));
        }
        return root;
    }

    private static ObjectNode edgeData(GraphEdge edge) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", edge.id());
        data.put("source", edge.source());
        data.put("target", edge.target());
        data.put("kind", edge.kind().label());
        data.put("directed", edge.kind().directed());
        data.put("fact", edge.fact());
        edge.amount().ifPresent(a -> data.put("amount", a));
        edge.currency().ifPresent(c -> data.put("currency", c));
        edge.amount().ifPresent(a -> data.put("amountText", Amounts.format(a, edge.currency().orElseThrow())));
        edge.date().ifPresent(d -> data.put("date", d.toString()));
        edge.title().ifPresent(t -> data.put("title", t));
        edge.status().ifPresent(s -> data.put("status", s));
        return data;
    }
}
