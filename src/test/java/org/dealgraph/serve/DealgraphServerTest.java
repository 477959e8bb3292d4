package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DealgraphServerTest {

    private static final Node ACME = NodeFactory.createURI("https://example.org/test/organization/acme");
    private static final Node NOVA = NodeFactory.createURI("https://example.org/test/organization/nova");

    private final HttpClient http = HttpClient.newHttpClient();
    private ArticleStore store;
    /** The quads stored before any request: the article graphs' and the summary's copies of their entities. */
    private long stored;
    private DealgraphServer server;

    @BeforeEach
    void serveTwoArticleGraphs() {
        store = ArticleStore.inMemory();
        Node organization = DG.Organization.asNode();
        Node first = NodeFactory.createURI("https://example.org/test/graph/1");
        Node second = NodeFactory.createURI("https://example.org/test/graph/2");
        store.replace(first, List.of(Quad.create(first, ACME, RDF.type.asNode(), organization)));
        store.replace(second, List.of(Quad.create(second, NOVA, RDF.type.asNode(), organization),
                Quad.create(second, ACME, RDF.type.asNode(), organization)));
        stored = Requests.quads(store);
        server = new DealgraphServer(store.dataset(), "127.0.0.1", 0).start();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void queriesSeeTheUnionOfTheArticleGraphs() throws Exception {
        String query = "SELECT (COUNT(*) AS ?n) WHERE { ?o a <" + DG.Organization.getURI() + "> }";
        for (String endpoint : List.of("/sparql", "/query")) {
            HttpResponse<String> response = get(server.datasetUrl() + endpoint + "?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().replaceAll("\\s", "").contains("\"value\":\"2\""), response.body());
        }
    }

    @Test
    void updatesAreRefused() throws Exception {
        String update = "INSERT DATA { <https://example.org/x> a <https://example.org/Thing> }";
        for (String endpoint : List.of("", "/sparql", "/update")) {
            HttpResponse<String> response = post(server.datasetUrl() + endpoint, "application/sparql-update", update);
            assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                    endpoint + " answered " + response.statusCode());
        }
        assertEquals(stored, Requests.quads(store));
    }

    @Test
    void graphStoreWritesAreRefusedAndTheStoreIsUnchanged() throws Exception {
        String turtle = "<https://example.org/x> a <https://example.org/Thing> .";
        List<String> targets = List.of(server.datasetUrl() + "?default",
                server.datasetUrl() + "?graph=https://example.org/test/graph/1",
                server.datasetUrl() + "/get?default", server.datasetUrl() + "/data?default",
                server.datasetUrl() + "/sparql?default");
        for (String target : targets) {
            for (String method : List.of("PUT", "POST", "DELETE")) {
                HttpResponse<String> response = Requests.write(method, target, method.equals("DELETE") ? null
                        : "text/turtle", method.equals("DELETE") ? null : turtle, null, null, null);
                assertTrue(response.statusCode() >= 400 && response.statusCode() < 500,
                        method + " " + target + " answered " + response.statusCode());
            }
        }
        assertEquals(stored, Requests.quads(store));
    }

    @Test
    void updatesAreRefusedEvenWithCredentialsWhenNotAllowed() throws Exception {
        HttpResponse<String> response = Requests.write("POST", server.updateUrl(), "application/sparql-update",
                "CLEAR ALL", "admin", "any password at all", null);
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, "answered " + response.statusCode());
        assertEquals(stored, Requests.quads(store));
    }

    @Test
    void portZeroPicksAFreePortAndTheUrlNamesIt() {
        assertTrue(server.port() > 0);
        assertEquals("http://127.0.0.1:" + server.port() + "/dealgraph", server.datasetUrl());
        assertEquals(server.datasetUrl() + "/sparql", server.sparqlUrl());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String type, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        // A fresh client each time: the server closes a connection whose refused body it did not read, and a
        // pooled connection reused after that fails with an EOF instead of giving the status.
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
