package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
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

/** With updates allowed: writes need the writer's password, queries stay open, forged writes are refused. */
class WriteAccessTest {

    private static final String USER = "editor";
    private static final String PASSWORD = "correct horse battery";
    private static final String INSERT = "INSERT DATA { GRAPH <https://example.org/test/graph/new> { "
            + "<https://example.org/x> a <https://example.org/Thing> } }";
    private static final String UPDATE_TYPE = "application/sparql-update";

    private ArticleStore store;
    /** The quads stored before any request: the article graph's and the summary's copy of its entity. */
    private long stored;
    private DealgraphServer server;

    @BeforeEach
    void serveWithWriters() {
        store = ArticleStore.inMemory();
        Node graph = NodeFactory.createURI("https://example.org/test/graph/1");
        store.replace(graph, List.of(Quad.create(graph, NodeFactory.createURI("https://example.org/test/acme"),
                RDF.type.asNode(), DG.Organization.asNode())));
        stored = Requests.quads(store);
        server = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                .withWriters(Credentials.of(USER, PASSWORD))).start();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    @Test
    void updateWithoutPasswordIsUnauthorizedAndChangesNothing() throws Exception {
        HttpResponse<String> response = Requests.write("POST", server.updateUrl(), UPDATE_TYPE, INSERT, null, null,
                null);
        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(stored, Requests.quads(store));
    }

    @Test
    void updateWithAWrongPasswordOrUserIsUnauthorized() throws Exception {
        assertEquals(401, Requests.write("POST", server.updateUrl(), UPDATE_TYPE, INSERT, USER, "not the password",
                null).statusCode());
        assertEquals(401, Requests.write("POST", server.updateUrl(), UPDATE_TYPE, INSERT, "admin", PASSWORD,
                null).statusCode());
        assertEquals(stored, Requests.quads(store));
    }

    @Test
    void updateWithThePasswordIsApplied() throws Exception {
        HttpResponse<String> response = Requests.write("POST", server.updateUrl(), UPDATE_TYPE, INSERT, USER,
                PASSWORD, null);
        assertTrue(response.statusCode() / 100 == 2, response.statusCode() + " " + response.body());
        assertEquals(stored + 1, Requests.quads(store));
    }

    @Test
    void graphStoreWritesNeedThePassword() throws Exception {
        String url = server.dataUrl() + "?graph=https://example.org/test/graph/put";
        String turtle = "<https://example.org/y> a <https://example.org/Thing> .";
        assertEquals(401, Requests.write("PUT", url, "text/turtle", turtle, null, null, null).statusCode());
        assertEquals(stored, Requests.quads(store));
        HttpResponse<String> put = Requests.write("PUT", url, "text/turtle", turtle, USER, PASSWORD, null);
        assertTrue(put.statusCode() / 100 == 2, put.statusCode() + " " + put.body());
        assertEquals(stored + 1, Requests.quads(store));
        assertEquals(401, Requests.write("DELETE", url, null, null, null, null, null).statusCode());
        assertEquals(stored + 1, Requests.quads(store));
    }

    @Test
    void queriesStayOpenWithoutPassword() throws Exception {
        HttpResponse<String> response = Requests.query(server.sparqlUrl(), "ASK { ?s ?p ?o }");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(200, Requests.query(server.datasetUrl(), "ASK { ?s ?p ?o }").statusCode());
        assertEquals(200, Requests.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                server.url() + "/void"))).statusCode());
    }

    @Test
    void theQueryEndpointsTakeNoUpdateEvenWithThePassword() throws Exception {
        for (String endpoint : List.of(server.sparqlUrl(), server.datasetUrl() + "/query")) {
            HttpResponse<String> response = Requests.write("POST", endpoint, UPDATE_TYPE, INSERT, USER, PASSWORD, null);
            assertTrue(response.statusCode() >= 400, endpoint + " answered " + response.statusCode());
        }
        assertEquals(stored, Requests.quads(store));
    }

    @Test
    void aWriteFromAnotherSitesPageIsRefusedEvenWithThePassword() throws Exception {
        HttpResponse<String> forged = Requests.write("POST", server.updateUrl(), UPDATE_TYPE, INSERT, USER, PASSWORD,
                "https://attacker.example");
        assertEquals(403, forged.statusCode(), forged.body());
        assertEquals(stored, Requests.quads(store));
        HttpResponse<String> own = Requests.write("POST", server.updateUrl(), UPDATE_TYPE, INSERT, USER, PASSWORD,
                server.url());
        assertTrue(own.statusCode() / 100 == 2, own.statusCode() + " " + own.body());
    }
}
