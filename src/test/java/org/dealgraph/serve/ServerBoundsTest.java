package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bounds on a request's head, a graph store write's body, the queries running at once, and GROUP_CONCAT. */
class ServerBoundsTest {

    private static final Duration READ_TIMEOUT = Duration.ofMillis(1000);
    private static final String USER = QueryBoundsTest.USER;
    private static final String PASSWORD = QueryBoundsTest.PASSWORD;
    private static ArticleStore store;
    private static DealgraphServer server;

    @BeforeAll
    static void serve() {
        store = ArticleStore.inMemory();
        Requests.fill(store, 200);
        QueryBoundsTest.addLongLiteral(store);
        server = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                .withLimits(Limits.defaults().withReadTimeout(READ_TIMEOUT).withQueryTimeout(Duration.ofSeconds(3))
                        .withMaxStringLength(100_000).withMaxUploadBytes(10_000))
                .withWriters(Credentials.of(USER, PASSWORD))).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    // a client sending a header byte now and then was never idle, so it held its connection for ever
    @Test
    void aClientThatTricklesItsHeadersIsDroppedAfterTheReadTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(200);
            OutputStream out = socket.getOutputStream();
            out.write("GET /void HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
            long start = System.nanoTime();
            boolean closed = false;
            while (!closed && Requests.millis(start) < 10_000) {
                try {
                    out.write('a');
                    out.flush();
                    closed = socket.getInputStream().read() == -1;
                } catch (SocketTimeoutException stillOpen) {
                    // nothing to read yet: the server is still waiting for the rest of the head
                } catch (java.io.IOException reset) {
                    closed = true;
                }
            }
            long took = Requests.millis(start);
            System.out.printf("trickled head dropped after %d ms (read timeout %d ms)%n", took, READ_TIMEOUT.toMillis());
            assertTrue(closed, "a connection trickling its head was still open after " + took + " ms");
            assertTrue(took < READ_TIMEOUT.toMillis() + 2_000, "took " + took + " ms");
        }
    }

    // a thread kept matching a regular expression 189 s after its client had gone
    @Test
    void aQueryRunningLongerThanTheReadTimeoutKeepsItsConnectionAndItsThreadEndsWithIt() throws Exception {
        String bomb = "SELECT * { ?s <https://example.org/test/text> ?x FILTER(REGEX(?x, \"" + QueryBoundsTest.BOMB
                + "\")) }";
        String answer = RawRequests.send(server.port(), "GET /dealgraph/sparql?query="
                + URLEncoder.encode(bomb, StandardCharsets.UTF_8) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 503"), answer);
        long start = System.nanoTime();
        while (matching() > 0 && Requests.millis(start) < 2_000) {
            Thread.sleep(50);
        }
        assertEquals(0, matching(), "a thread still matches the stopped query's regular expression");
    }

    /** The threads of this process matching a regular expression over {@link WatchedText} now. */
    private static long matching() {
        return Thread.getAllStackTraces().values().stream().filter(stack -> java.util.Arrays.stream(stack)
                .anyMatch(frame -> frame.getClassName().equals(WatchedText.class.getName()))).count();
    }

    // connections beyond the total were only ever checked per client
    @Test
    void connectionsBeyondTheTotalWaitUntilOneCloses() throws Exception {
        // a store of its own: a server sets its update limits on its dataset's context
        try (ArticleStore empty = ArticleStore.inMemory();
             DealgraphServer capped = new DealgraphServer(empty.dataset(), ServerSettings.defaults().withPort(0)
                     .withLimits(Limits.defaults().withConnections(2, 100))).start()) {
            Socket first = new Socket("127.0.0.1", capped.port());
            Socket second = new Socket("127.0.0.1", capped.port());
            try (Socket third = new Socket("127.0.0.1", capped.port())) {
                third.setSoTimeout(1_000);
                third.getOutputStream().write("GET /void HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1));
                boolean waited = false;
                try {
                    third.getInputStream().read();
                } catch (SocketTimeoutException notAccepted) {
                    waited = true;
                }
                assertTrue(waited, "a third connection was served while two were open");
                first.close();
                third.setSoTimeout(10_000);
                String answer = new String(third.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
            } finally {
                first.close();
                second.close();
            }
        }
    }

    private static HttpResponse<String> put(String user, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.dataUrl() + "?graph="
                        + URLEncoder.encode("https://example.org/test/graph/upload", StandardCharsets.UTF_8)))
                .header("Content-Type", "application/n-triples").timeout(Duration.ofSeconds(30))
                // a stream of unknown length goes chunked: the limit must hold while reading, too
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] triples(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append("<https://example.org/u/").append(i).append("> <https://example.org/p> \"v").append(i)
                    .append("\" .\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    // graph store writes were the one body without a size limit
    @Test
    void aGraphStoreWriteOverTheUploadLimitGets413AndChangesNothing() throws Exception {
        long before = Requests.quads(store);
        byte[] large = triples(1_000);
        assertTrue(large.length > 10_000);
        HttpResponse<String> streamed = put(USER, large);
        assertEquals(413, streamed.statusCode(), streamed.body());
        HttpResponse<String> declared = Requests.write("PUT", server.dataUrl() + "?default", "application/n-triples",
                new String(large, StandardCharsets.UTF_8), USER, PASSWORD, null);
        assertEquals(413, declared.statusCode(), declared.body());
        assertEquals(401, put(null, large).statusCode());
        assertEquals(before, Requests.quads(store));
        HttpResponse<String> small = put(USER, triples(10));
        assertEquals(2, small.statusCode() / 100, small.body());
        assertEquals(before + 10, Requests.quads(store));
        Requests.write("DELETE", server.dataUrl() + "?graph=" + URLEncoder.encode(
                "https://example.org/test/graph/upload", StandardCharsets.UTF_8), null, null, USER, PASSWORD, null);
        assertEquals(before, Requests.quads(store));
    }

    // GROUP_CONCAT was held only by time and rows, while CONCAT was held to the string limit
    @Test
    void aGroupConcatOverTheStringLimitIsStoppedWith422() throws Exception {
        String pad = "x".repeat(200);
        for (String aggregate : new String[] {"GROUP_CONCAT", "GROUP_CONCAT(DISTINCT"}) {
            String open = aggregate.contains("(") ? aggregate + " " : aggregate + "(";
            HttpResponse<String> answer = Requests.query(server.sparqlUrl(), "SELECT (" + open + "CONCAT(?o, \"" + pad
                    + "\"); SEPARATOR=\",\") AS ?c) { ?s ?p ?o }");
            assertEquals(422, answer.statusCode(), aggregate + ": " + answer.body());
            assertTrue(answer.body().contains("100000 characters"), answer.body());
        }
        HttpResponse<String> update = Requests.write("POST", server.updateUrl(), "application/sparql-update",
                "INSERT { <https://example.org/x> <https://example.org/y> ?c } WHERE { SELECT (GROUP_CONCAT("
                        + "CONCAT(?o, \"" + pad + "\")) AS ?c) { ?s ?p ?o } }", USER, PASSWORD, null);
        assertEquals(422, update.statusCode(), update.body());
    }

    @Test
    void aGroupConcatUnderTheLimitGivesWhatSparqlSays() throws Exception {
        HttpResponse<String> answer = Requests.query(server.sparqlUrl(), "SELECT (GROUP_CONCAT(?x; SEPARATOR=\"|\") "
                + "AS ?all) (GROUP_CONCAT(DISTINCT ?x; SEPARATOR=\"|\") AS ?once) (GROUP_CONCAT(?x) AS ?spaced) "
                + "(COUNT(*) AS ?n) { VALUES ?x { \"b\" \"a\" \"b\" } }");
        assertEquals(200, answer.statusCode(), answer.body());
        String body = answer.body().replaceAll("\\s", "");
        assertTrue(body.contains("\"value\":\"b|a|b\""), body);
        assertTrue(body.contains("\"value\":\"b|a\""), body);
        assertTrue(answer.body().contains("\"b a b\""), answer.body());
        HttpResponse<String> grouped = Requests.query(server.sparqlUrl(), "SELECT ?s (GROUP_CONCAT(?o; SEPARATOR=\",\")"
                + " AS ?c) { ?s ?p ?o } GROUP BY ?s HAVING (STRLEN(?c) > 0) ORDER BY ?s LIMIT 3");
        assertEquals(200, grouped.statusCode(), grouped.body());
        assertTrue(grouped.body().contains("value 0.0,") || grouped.body().contains(",value 0.0"), grouped.body());
    }

    /** A subquery binding {@code ?big} to a string of 2^(depth+1) characters, built once. */
    private static String big(int depth) {
        return "{ SELECT (?v" + depth + " AS ?big) { " + QueryBoundsTest.doublingBinds(depth) + "} }";
    }

    // one string per row under the limit, held by DISTINCT, ORDER BY or a group, filled the heap (1.7 GB)
    @Test
    void stringsBuiltRowByRowAreCountedPerQueryAgainstABudget() throws Exception {
        HttpResponse<String> piled = Requests.query(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?x "
                + "{ " + big(15) + " ?s ?p ?o BIND(SUBSTR(?big, STRLEN(?o)) AS ?x) } }");
        assertEquals(422, piled.statusCode(), piled.body());
        assertTrue(piled.body().contains(BoundedFunctions.BUDGET * 100_000 + " characters in all"), piled.body());
        HttpResponse<String> grouped = Requests.query(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { SELECT ?o "
                + "(GROUP_CONCAT(CONCAT(?o, ?big)) AS ?c) { " + big(15) + " ?s ?p ?o } GROUP BY ?o }");
        assertEquals(422, grouped.statusCode(), grouped.body());
        // each query has a budget of its own: a query under it runs as often as asked, an update too
        String under = "SELECT (COUNT(DISTINCT ?x) AS ?n) { " + big(11) + " ?s ?p ?o BIND(SUBSTR(?big, 2) AS ?x) }";
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> answer = Requests.query(server.sparqlUrl(), under);
            assertEquals(200, answer.statusCode(), answer.body());
        }
        long before = Requests.quads(store);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> update = Requests.write("POST", server.updateUrl(), "application/sparql-update",
                    "DELETE { <https://example.org/none> <https://example.org/p> ?x } WHERE { " + big(11)
                            + " ?s ?p ?o BIND(SUBSTR(?big, 2) AS ?x) }", USER, PASSWORD, null);
            assertEquals(2, update.statusCode() / 100, update.body());
        }
        assertEquals(before, Requests.quads(store));
    }
}
