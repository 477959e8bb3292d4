package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dealgraph.export.GraphEdge;
import org.dealgraph.export.PropertyGraph;
import org.dealgraph.export.PropertyGraphReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The graph view's JSON beyond the neighbourhood: each fact behind an edge with its parties and evidence (the
 * stated span located in its sentence), the entities suggested to start from, and every script the page loads.
 */
class GraphApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServedStore served;
    private static PropertyGraph graph;

    @BeforeAll
    static void start() {
        served = new ServedStore().addSamples().start();
        graph = PropertyGraphReader.read(served.store.dataset());
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void everyEdgesFactHasItsPartiesAndItsEvidenceWithTheSpanMarked() throws Exception {
        assertFalse(graph.edges().isEmpty());
        int marked = 0;
        for (GraphEdge edge : graph.edges()) {
            JsonNode fact = json(200, "/api/fact?iri=" + encode(edge.fact()));
            assertEquals(edge.kind().label(), fact.get("kind").asText(), edge.fact());
            List<String> parties = new ArrayList<>();
            fact.get("parties").forEach(p -> parties.add(p.get("iri").asText()));
            assertTrue(parties.contains(edge.source()) && parties.contains(edge.target()), edge.fact() + parties);
            edge.status().ifPresent(s -> assertEquals(s, fact.get("status").asText()));
            edge.date().ifPresent(d -> assertEquals(d.toString(), fact.get("date").asText()));
            if (edge.amount().isPresent()) {
                assertTrue(fact.get("amounts").size() > 0, edge.fact());
            }
            assertTrue(fact.get("evidence").size() > 0, "no evidence for " + edge.fact());
            for (JsonNode evidence : fact.get("evidence")) {
                int start = evidence.get("markStart").asInt();
                if (start >= 0) {
                    marked++;
                    assertEquals(evidence.get("exact").asText(), evidence.get("sentence").asText()
                            .substring(start, evidence.get("markEnd").asInt()));
                }
                assertTrue(evidence.get("article").get("href").asText().startsWith("/id/"), evidence.toString());
            }
        }
        assertTrue(marked > 0, "no stated span found in its sentence");
    }

    @Test
    void anIriThatIsNoFactIsNotFound() throws Exception {
        String organization = graph.nodes().get(0).iri();
        assertEquals(404, served.get("/api/fact?iri=" + encode(organization), null).statusCode());
        assertEquals(400, served.get("/api/fact", null).statusCode());
    }

    @Test
    void suggestsTheEntitiesWithTheMostFactsLinkingThemToAnother() throws Exception {
        Map<String, Set<String>> facts = new HashMap<>();
        graph.edges().forEach(e -> {
            facts.computeIfAbsent(e.source(), k -> new HashSet<>()).add(e.fact());
            facts.computeIfAbsent(e.target(), k -> new HashSet<>()).add(e.fact());
        });
        JsonNode suggested = json(200, "/api/suggest");
        assertEquals(Math.min(GraphApiServlet.SUGGESTED, facts.size()), suggested.size());
        int last = Integer.MAX_VALUE;
        for (JsonNode item : suggested) {
            int count = item.get("facts").asInt();
            assertEquals(facts.get(item.get("iri").asText()).size(), count, item.toString());
            assertTrue(count <= last, "not the most connected first");
            last = count;
        }
        int least = last;
        assertTrue(facts.values().stream().filter(f -> f.size() > least).count() < GraphApiServlet.SUGGESTED,
                "a more connected entity is left out");
    }

    @Test
    void everyScriptAndStyleOfTheGraphPageIsServed() throws Exception {
        String page = served.get("/graph", null).body();
        Matcher files = Pattern.compile("(?:src|href)=\"(/static/[^\"]+)\"").matcher(page);
        int n = 0;
        while (files.find()) {
            HttpResponse<String> answer = served.get(files.group(1), null);
            assertEquals(200, answer.statusCode(), files.group(1));
            assertFalse(answer.body().isBlank(), files.group(1));
            n++;
        }
        assertTrue(n >= 8, "fewer files than the page needs: " + n);
        assertEquals(404, served.get("/static/cytoscape-fcose/README.md", null).statusCode());
    }

    private static JsonNode json(int status, String path) throws Exception {
        HttpResponse<String> answer = served.get(path, null);
        assertEquals(status, answer.statusCode(), path + " " + answer.body());
        return JSON.readTree(answer.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
