package org.dealgraph.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.dealgraph.export.CytoscapeJsonExporter;
import org.dealgraph.export.EdgeKind;
import org.dealgraph.export.GraphNode;
import org.dealgraph.export.PropertyGraph;

/**
 * The JSON the graph view reads. {@code /api/search?q=TEXT}: up to 20 organizations and people whose name
 * contains TEXT ({@code [{"iri", "label", "type", "href"}]}). {@code /api/neighbourhood?iri=IRI&depth=N&kinds=
 * deal,partner&from=YYYY-MM-DD&to=YYYY-MM-DD}: the neighbourhood as Cytoscape.js elements (see
 * {@link CytoscapeJsonExporter}), each node with its page's {@code href}. {@code /api/fact?iri=FACT}: one fact
 * with its parties, amounts, date, status and evidence ({@link FactDetails}). {@code /api/suggest}: the
 * {@value #SUGGESTED} organizations and people with the most facts, to start from
 * ({@code [{"iri", "label", "type", "facts"}]}). Bad parameters are a 400 with a
 * {@code {"error"}} message, an unknown IRI a 404. An {@code href} is empty when the IRI is no page of this
 * server and no http(s) address; {@code < > & '} in strings are written as {@code \\u} escapes, so no markup
 * appears in the JSON even as text.
 */
final class GraphApiServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory()
            .setCharacterEscapes(new HtmlSafeEscapes()));
    private static final Query SEARCH = TextFiles.query("search.rq");
    private static final int MAX_DEPTH = 3;
    static final int SUGGESTED = 6;

    private final transient GraphSource source;
    private final transient Supplier<PropertyGraph> graph;
    private final transient IriSpace space;
    private final transient FactDetails facts;

    GraphApiServlet(GraphSource source, Supplier<PropertyGraph> graph, IriSpace space) {
        this.source = source;
        this.graph = graph;
        this.space = space;
        this.facts = new FactDetails(new Describer(source), space);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            switch (path) {
                case "/search" -> send(response, 200, search(required(request, "q")));
                case "/neighbourhood" -> neighbourhood(request, response);
                case "/fact" -> fact(required(request, "iri"), response);
                case "/suggest" -> send(response, 200, suggestions());
                default -> send(response, 404, error("no such API: /api" + path));
            }
        } catch (IllegalArgumentException e) {
            send(response, 400, error(e.getMessage()));
        }
    }

    private ArrayNode search(String text) {
        ArrayNode found = JSON.createArrayNode();
        for (Binding row : source.select(SEARCH, Map.of("text", NodeFactory.createLiteralString(text)),
                Optional.empty())) {
            Node label = UnionQueries.get(row, "label");
            String iri = UnionQueries.get(row, "node").getURI();
            found.addObject().put("iri", iri).put("label", label == null ? iri : label.getLiteralLexicalForm())
                    .put("type", UnionQueries.get(row, "type").getLiteralLexicalForm())
                    .put("href", space.link(iri).orElse(""));
        }
        return found;
    }

    private void fact(String iri, HttpServletResponse response) throws IOException {
        Optional<ObjectNode> fact = facts.of(iri);
        if (fact.isPresent()) {
            send(response, 200, fact.get());
        } else {
            send(response, 404, error("no fact " + iri));
        }
    }

    /** The nodes with the most edges, most first; ties by name. */
    private ArrayNode suggestions() {
        PropertyGraph whole = graph.get();
        Map<String, Integer> degree = new HashMap<>();
        whole.edges().forEach(e -> {
            degree.merge(e.source(), 1, Integer::sum);
            degree.merge(e.target(), 1, Integer::sum);
        });
        ArrayNode found = JSON.createArrayNode();
        whole.nodes().stream().filter(n -> degree.containsKey(n.iri()))
                .sorted(Comparator.comparing((GraphNode n) -> -degree.get(n.iri())).thenComparing(GraphNode::label))
                .limit(SUGGESTED)
                .forEach(n -> found.addObject().put("iri", n.iri()).put("label", n.label()).put("type", n.type())
                        .put("facts", degree.get(n.iri())));
        return found;
    }

    private void neighbourhood(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = required(request, "iri");
        int depth = depth(request.getParameter("depth"));
        PropertyGraph whole = graph.get();
        if (whole.node(iri).isEmpty()) {
            send(response, 404, error("no organization or person " + iri));
            return;
        }
        PropertyGraph around = whole.filtered(kinds(request.getParameter("kinds")), date(request, "from"),
                date(request, "to")).around(iri, depth);
        ObjectNode json = CytoscapeJsonExporter.json(around);
        json.get("elements").get("nodes").forEach(n -> ((ObjectNode) n.get("data"))
                .put("href", space.link(n.get("data").get("id").asText()).orElse("")));
        json.put("center", iri);
        send(response, 200, json);
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("give the parameter " + name);
        }
        return value.strip();
    }

    private static int depth(String text) {
        if (text == null || text.isBlank()) {
            return 1;
        }
        try {
            int depth = Integer.parseInt(text.strip());
            if (depth >= 0 && depth <= MAX_DEPTH) {
                return depth;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("depth must be a whole number from 0 to " + MAX_DEPTH + ": " + text, e);
        }
        throw new IllegalArgumentException("depth must be from 0 to " + MAX_DEPTH + ": " + text);
    }

    private static Set<EdgeKind> kinds(String text) {
        if (text == null || text.isBlank()) {
            return Set.copyOf(EdgeKind.values());
        }
        Set<EdgeKind> kinds = new HashSet<>();
        for (String name : text.split(",")) {
            kinds.add(EdgeKind.named(name.strip()).orElseThrow(() -> new IllegalArgumentException(
                    "unknown kind " + name + ": choose among " + EdgeKind.values().stream()
                            .map(EdgeKind::label).toList())));
        }
        return kinds;
    }

    private static Optional<LocalDate> date(HttpServletRequest request, String name) {
        String text = request.getParameter(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2025-01-31: " + text, e);
        }
    }

    private static ObjectNode error(String message) {
        return JSON.createObjectNode().put("error", message);
    }

    private static void send(HttpServletResponse response, int status, Object json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        JSON.writeValue(response.getOutputStream(), json);
    }
}
