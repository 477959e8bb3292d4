package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The limits a query meets: the timeout, the result ceiling, no SERVICE calls; and the loopback bind. */
class QueryLimitsTest {

    private static final int MAX_RESULTS = 25;
    private static final Duration TIMEOUT = Duration.ofMillis(700);
    private static ArticleStore store;
    private static DealgraphServer server;

    @BeforeAll
    static void serveASmallStore() {
        store = ArticleStore.inMemory();
        Requests.fill(store, 200);
        server = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                .withQueryTimeout(TIMEOUT).withMaxResults(MAX_RESULTS)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertEquals(ServerSettings.LOOPBACK, ServerSettings.defaults().host());
        assertEquals(java.util.List.of("127.0.0.1"), server.listenAddresses());
        try (DealgraphServer older = new DealgraphServer(store.dataset(), "127.0.0.1", 0)) {
            assertEquals(java.util.List.of("127.0.0.1"), older.listenAddresses());
        }
    }

    @Test
    void aLargeAnswerIsCutAtTheLimitAndSaysSo() throws Exception {
        HttpResponse<String> all = Requests.query(server.sparqlUrl(), "SELECT ?s ?o WHERE { ?s ?p ?o }");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(MAX_RESULTS, rows(all));
        assertEquals(String.valueOf(MAX_RESULTS), all.headers().firstValue(CappedQuery.HEADER).orElse(""));
        HttpResponse<String> tooMany = Requests.query(server.sparqlUrl(), "SELECT * WHERE { ?s ?p ?o } LIMIT 500");
        assertEquals(MAX_RESULTS, rows(tooMany));
        HttpResponse<String> construct = Requests.query(server.sparqlUrl(),
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }");
        assertEquals(200, construct.statusCode());
        assertTrue(construct.headers().firstValue(CappedQuery.HEADER).isPresent());
    }

    @Test
    void aSmallAnswerIsWholeAndUnmarked() throws Exception {
        HttpResponse<String> few = Requests.query(server.sparqlUrl(), "SELECT * WHERE { ?s ?p ?o } LIMIT 7");
        assertEquals(7, rows(few));
        assertFalse(few.headers().firstValue(CappedQuery.HEADER).isPresent());
        HttpResponse<String> count = Requests.query(server.sparqlUrl(), "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertTrue(count.body().replaceAll("\\s", "").contains("\"value\":\"1000\""), count.body());
    }

    @Test
    void anExpensiveQueryIsStoppedAtTheTimeout() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = Requests.query(server.sparqlUrl(),
                "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertNotEquals(200, response.statusCode(), response.body());
        assertTrue(millis < 15_000, "took " + millis + " ms");
    }

    @Test
    void serviceCallsAreRefusedWithoutConnecting() throws Exception {
        try (ServerSocket remote = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(remote);
            HttpResponse<String> response = Requests.query(server.sparqlUrl(), "SELECT * WHERE { SERVICE "
                    + "<http://127.0.0.1:" + remote.getLocalPort() + "/sparql> { ?s ?p ?o } }");
            assertTrue(response.statusCode() >= 400, response.statusCode() + " " + response.body());
            Thread.sleep(300);
            assertEquals(0, connections.get(), "the server connected to the SERVICE endpoint");
        }
    }

    @Test
    void serviceCallsConnectWhenAllowed() throws Exception {
        try (ArticleStore other = ArticleStore.inMemory();
             DealgraphServer open = new DealgraphServer(other.dataset(), ServerSettings.defaults().withPort(0)
                     .withQueryTimeout(Duration.ofSeconds(3)).withServiceAllowed(true)).start();
             ServerSocket remote = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(remote);
            Requests.query(open.sparqlUrl(), "SELECT * WHERE { SERVICE <http://127.0.0.1:" + remote.getLocalPort()
                    + "/sparql> { ?s ?p ?o } }");
            assertTrue(connections.get() > 0, "no connection was tried: the test above proves nothing");
        }
    }

    /** Accepts connections on {@code socket} in the background, counting them, until it is closed. */
    private static AtomicInteger countConnections(ServerSocket socket) throws Exception {
        AtomicInteger count = new AtomicInteger();
        socket.setSoTimeout(100);
        CompletableFuture.runAsync(() -> {
            while (!socket.isClosed()) {
                try {
                    socket.accept().close();
                    count.incrementAndGet();
                } catch (SocketTimeoutException e) {
                    continue;
                } catch (java.io.IOException e) {
                    return;
                }
            }
        });
        return count;
    }

    private static int rows(HttpResponse<String> response) throws Exception {
        JsonNode json = new ObjectMapper().readTree(response.body());
        return json.get("results").get("bindings").size();
    }
}
