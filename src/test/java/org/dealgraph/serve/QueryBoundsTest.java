package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What bounds a query's time, text, strings and answer, and an update's time. */
class QueryBoundsTest {

    static final String USER = "editor";
    static final String PASSWORD = "correct horse battery";
    static final Duration TIMEOUT = Duration.ofMillis(1000);
    static final String BOMB = "^(.*a){25}b";
    private static final int MAX_QUERY_BYTES = 4096;
    private static ArticleStore store;
    private static DealgraphServer server;

    @BeforeAll
    static void serve() {
        store = ArticleStore.inMemory();
        Requests.fill(store, 200);
        addLongLiteral(store);
        server = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                .withLimits(Limits.defaults().withQueryTimeout(TIMEOUT).withMaxQueryBytes(MAX_QUERY_BYTES)
                        .withMaxStringLength(100_000).withMaxResultBytes(20_000))
                .withWriters(Credentials.of(USER, PASSWORD))).start();
    }

    /** A literal of forty {@code a}: what a backtracking regular expression chokes on. */
    static void addLongLiteral(ArticleStore target) {
        Node graph = NodeFactory.createURI("https://example.org/test/graph/long");
        target.replace(graph, List.of(Quad.create(graph, NodeFactory.createURI("https://example.org/test/long"),
                NodeFactory.createURI("https://example.org/test/text"), NodeFactory.createLiteralString("a".repeat(40)))));
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    // REGEX with catastrophic backtracking matched on for minutes after the timeout
    @Test
    void aRegularExpressionThatBacktracksForeverIsStoppedAtTheTimeout() throws Exception {
        String text = "?s <https://example.org/test/text> ?x";
        for (String where : List.of("{ " + text + " FILTER(REGEX(?x, \"" + BOMB + "\")) }",
                "{ " + text + " BIND(REPLACE(?x, \"" + BOMB + "\", \"z\") AS ?y) FILTER(BOUND(?y)) }",
                "{ " + text + " FILTER(<http://www.w3.org/2005/xpath-functions#matches>(?x, \"" + BOMB + "\")) }",
                "{ { SELECT ?s { " + text + " FILTER(REGEX(?x, \"" + BOMB + "\")) } } }",
                "{ ?s ?p ?o FILTER EXISTS { " + text + " FILTER(REGEX(?x, \"" + BOMB + "\")) } }")) {
            long start = System.nanoTime();
            HttpResponse<String> answer = Requests.query(server.sparqlUrl(), "SELECT * WHERE " + where);
            long took = Requests.millis(start);
            System.out.printf("regex bomb stopped after %d ms (timeout %d ms): %s%n", took, TIMEOUT.toMillis(), where);
            assertEquals(503, answer.statusCode(), where + ": " + answer.body());
            assertTrue(took < TIMEOUT.toMillis() + 2_000, where + " took " + took + " ms");
        }
    }

    @Test
    void harmlessRegularExpressionsStillMatch() throws Exception {
        HttpResponse<String> answer = Requests.query(server.sparqlUrl(), "SELECT (REPLACE(\"value 12\", \"(\\\\d)\","
                + " \"<$1>\") AS ?r) (REGEX(\"Abc\", \"^a\", \"i\") AS ?m) (CONCAT(\"a\", \"b\"@en) AS ?c) {}");
        assertEquals(200, answer.statusCode(), answer.body());
        String body = answer.body().replaceAll("\\s", "");
        assertTrue(body.contains("\"value<1><2>\""), body);
        assertTrue(body.contains("\"value\":\"true\""), body);
        assertTrue(body.contains("\"ab\""), body);
    }

    // 2, 4, 8 MB queries took seconds to parse, 50 MB ran for minutes, each logged whole
    @Test
    void aQueryOverTheTextLimitIsRefusedBeforeItIsParsed() throws Exception {
        String longQuery = "ASK { ?s ?p \"" + "x".repeat(MAX_QUERY_BYTES) + "\" }";
        assertEquals(414, Requests.query(server.sparqlUrl(), longQuery).statusCode());
        assertEquals(413, Requests.write("POST", server.sparqlUrl(), "application/sparql-query", longQuery, null,
                null, null).statusCode());
        assertEquals(413, Requests.write("POST", server.sparqlUrl(), "application/x-www-form-urlencoded",
                "query=" + longQuery, null, null, null).statusCode());
        assertEquals(413, Requests.write("POST", server.updateUrl(), "application/sparql-update",
                "INSERT DATA { <https://example.org/a> <https://example.org/b> \"" + "x".repeat(MAX_QUERY_BYTES)
                        + "\" }", USER, PASSWORD, null).statusCode());
        long start = System.nanoTime();
        String answer = RawRequests.send(server.port(), "POST /dealgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/sparql-query\r\nContent-Length: 50000000\r\n\r\nASK");
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(Requests.millis(start) < 5_000, "took " + Requests.millis(start) + " ms");
        String fits = "ASK { ?s ?p \"" + "x".repeat(MAX_QUERY_BYTES / 2) + "\" }";
        assertEquals(200, Requests.query(server.sparqlUrl(), fits).statusCode());
        assertEquals(200, Requests.write("POST", server.sparqlUrl(), "application/x-www-form-urlencoded",
                "query=" + java.net.URLEncoder.encode(fits, java.nio.charset.StandardCharsets.UTF_8), null, null, null)
                .statusCode());
    }

    /** {@code depth} CONCATs, each doubling the last: 2^(depth+1) characters from a query of a few hundred bytes. */
    static String doublingConcat(int depth) {
        return "SELECT (STRLEN(?v" + depth + ") AS ?n) { " + doublingBinds(depth) + "}";
    }

    /** The BINDs of ?v0 to ?v{@code depth}, each twice as long as the last, ?v{@code depth} 2^(depth+1) characters. */
    static String doublingBinds(int depth) {
        StringBuilder binds = new StringBuilder("BIND(\"ab\" AS ?v0) ");
        for (int i = 1; i <= depth; i++) {
            binds.append("BIND(CONCAT(?v").append(i - 1).append(", ?v").append(i - 1).append(") AS ?v").append(i)
                    .append(") ");
        }
        return binds.toString();
    }

    // 21 nested CONCATs returned 134 MB in one row
    @Test
    void aQueryThatBuildsAStringOverTheLimitIsStoppedWith422() throws Exception {
        HttpResponse<String> answer = Requests.query(server.sparqlUrl(), doublingConcat(30));
        assertEquals(422, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("100000 characters"), answer.body());
        String replace = "?a";
        for (int i = 0; i < 6; i++) {
            replace = "REPLACE(" + replace + ", \"a\", \"aaaaaaaaaa\")";
        }
        HttpResponse<String> replaced = Requests.query(server.sparqlUrl(), "SELECT ?x { BIND(\"aaaaaaaaaa\" AS ?a) "
                + "BIND(" + replace + " AS ?x) }");
        assertEquals(422, replaced.statusCode(), replaced.body());
        assertEquals(200, Requests.query(server.sparqlUrl(), doublingConcat(10)).statusCode());
    }

    @Test
    void anAnswerOverTheByteLimitIsNeverTakenForAWholeOne() throws Exception {
        HttpResponse<String> small = Requests.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 5");
        assertEquals(200, small.statusCode());
        try {
            HttpResponse<String> big = Requests.query(server.sparqlUrl(), "SELECT * { ?s ?p ?o } LIMIT 1000");
            assertEquals(422, big.statusCode(), "a cut answer came back whole: " + big.body().length() + " chars");
            assertTrue(big.body().contains("20000 bytes"), big.body());
        } catch (IOException cut) {
            // the connection was cut mid-answer: the client knows it is incomplete
        }
    }

    // an authenticated cross product ran on to 6.5 GB and ignored SIGTERM
    @Test
    void aRunawayUpdateIsStoppedAtTheTimeoutAndChangesNothing() throws Exception {
        long before = Requests.quads(store);
        long start = System.nanoTime();
        HttpResponse<String> answer = Requests.write("POST", server.updateUrl(), "application/sparql-update",
                "INSERT { GRAPH <https://example.org/test/graph/runaway> { ?a <https://example.org/p> ?f } } WHERE "
                        + "{ ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", USER, PASSWORD, null);
        long took = Requests.millis(start);
        System.out.printf("runaway update stopped after %d ms (timeout %d ms)%n", took, TIMEOUT.toMillis());
        assertNotEquals(2, answer.statusCode() / 100, answer.body());
        assertTrue(took < TIMEOUT.toMillis() + 9_000, "took " + took + " ms");
        assertEquals(before, Requests.quads(store));
        HttpResponse<String> bomb = Requests.write("POST", server.updateUrl(), "application/sparql-update",
                "INSERT { <https://example.org/x> <https://example.org/y> ?x } WHERE { ?s ?p ?x FILTER(REGEX(?x, \""
                        + BOMB + "\")) }", USER, PASSWORD, null);
        assertNotEquals(2, bomb.statusCode() / 100, bomb.body());
        assertEquals(before, Requests.quads(store));
    }

    @Test
    void aSlowBodyGetsA408AndHoldsNoThread() throws Exception {
        Limits quick = Limits.defaults().withReadTimeout(Duration.ofMillis(800));
        try (DealgraphServer slow = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                .withLimits(quick)).start();
             java.net.Socket socket = new java.net.Socket("127.0.0.1", slow.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /dealgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: "
                    + "application/sparql-query\r\nContent-Length: 100\r\n\r\nASK").getBytes());
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes());
            assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
        }
    }

    @Test
    void connectionsBeyondTheCapForOneClientAreClosed() throws Exception {
        try (DealgraphServer capped = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                .withLimits(Limits.defaults().withConnections(100, 3))).start()) {
            List<java.net.Socket> held = new java.util.ArrayList<>();
            try {
                for (int i = 0; i < 3; i++) {
                    held.add(new java.net.Socket("127.0.0.1", capped.port()));
                }
                Thread.sleep(300);
                try (java.net.Socket extra = new java.net.Socket("127.0.0.1", capped.port())) {
                    extra.setSoTimeout(5_000);
                    extra.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes());
                    assertEquals(-1, extra.getInputStream().read(), "the fourth connection was served");
                } catch (java.net.SocketException reset) {
                    // closed before the request could be sent: refused as well
                }
            } finally {
                for (java.net.Socket socket : held) {
                    socket.close();
                }
            }
            Thread.sleep(300);
            assertEquals(200, Requests.send(HttpRequest.newBuilder(URI.create(capped.url() + "/void"))).statusCode());
        }
    }
}
