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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.dealgraph.export.CytoscapeJsonExporter;
import org.dealgraph.export.EdgeKind;

/**
 * The JSON the graph view reads. {@code /api/search?q=TEXT}: up to 20 organizations and people whose name
 * contains TEXT ({@code [{"iri", "label", "type", "href"}]}). {@code /api/neighbourhood?iri=IRI&depth=N&kinds=
 * deal,partner&from=YYYY-MM-DD&to=YYYY-MM-DD}: the neighbourhood as Cytoscape.js elements (see
 * {@link CytoscapeJsonExporter}), each node with its page's {@code href}, read from the store at
 * each request with at most {@code "cap"} nodes ({@link CappedNeighbourhood}; {@code "capped"} says whether
 * nodes were left out for it). {@code /api/fact?iri=FACT}: one fact
 * with its parties, amounts, date, status and evidence ({@link FactDetails}). {@code /api/suggest}: the
 * {@value #SUGGESTED} organizations and people with the most facts linking them to another ({@link Suggestions}),
 * to start from
 * ({@code [{"iri", "label", "type", "facts"}]}). Bad parameters are a 400 with a
 * {@code {"error"}} message, an unknown IRI a 404. An {@code href} is empty when the IRI is no page of this
 * server and no http(s) address; {@code < > & '} in strings are written as {@code \\u} escapes, so no markup
 * appears in the JSON even as text.
 */
final class GraphApiServlet extends HttpServlet {

    private static final ObjectMapper JSON = new ObjectMapper(new JsonFactory()
            .setCharacterEscapes(new HtmlSafeEscapes()));
    private static final int MAX_DEPTH = 3;
    static final int SUGGESTED = 6;

    private final transient NameSearch search;
    private final transient Supplier<List<Suggestions.Suggested>> suggested;
    private final transient CappedNeighbourhood neighbourhoods;
    private final transient IriSpace space;
    private final transient FactDetails facts;

    /** {@code suggested}: the entities to start from, which the caller may keep for a while. */
    GraphApiServlet(GraphSource source, NameSearch search, Supplier<List<Suggestions.Suggested>> suggested,
                    IriSpace space) {
        this.search = search;
        this.suggested = suggested;
        this.neighbourhoods = new CappedNeighbourhood(source, search, CappedNeighbourhood.MAX_NODES);
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
        for (NameSearch.Match match : search.find(text)) {
            found.addObject().put("iri", match.iri()).put("label", match.label()).put("type", match.type())
                    .put("href", space.link(match.iri()).orElse(""));
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

    private ArrayNode suggestions() {
        ArrayNode found = JSON.createArrayNode();
        suggested.get().forEach(s -> found.addObject().put("iri", s.node().iri()).put("label", s.node().label())
                .put("type", s.node().type()).put("facts", s.facts()));
        return found;
    }

    private void neighbourhood(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = required(request, "iri");
        Optional<CappedNeighbourhood.Found> around = neighbourhoods.around(iri, depth(request.getParameter("depth")),
                kinds(request.getParameter("kinds")), date(request, "from"), date(request, "to"));
        if (around.isEmpty()) {
            send(response, 404, error("no organization or person " + iri));
            return;
        }
        ObjectNode json = CytoscapeJsonExporter.json(around.get().graph());
        json.get("elements").get("nodes").forEach(n -> ((ObjectNode) n.get("data"))
                .put("href", space.link(n.get("data").get("id").asText()).orElse("")));
        json.put("center", iri).put("cap", CappedNeighbourhood.MAX_NODES).put("capped", around.get().capped());
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
