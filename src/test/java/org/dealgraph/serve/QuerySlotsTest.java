package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;

/**
 * The cap on queries running at once: in all and per address, one more is refused at once with 503 and
 * {@code Retry-After}, and a slot is free again when its query ends. Clients on several loopback addresses
 * (127.0.0.1, 127.0.0.2, ...) stand for several machines.
 */
class QuerySlotsTest {

    private static final String BOMB = "SELECT * { ?s <https://example.org/test/text> ?x FILTER(REGEX(?x, \""
            + QueryBoundsTest.BOMB + "\")) }";

    /** A GET of {@code query} sent from the local address {@code from}; the raw answer. */
    private static String queryFrom(int port, String from, String query) throws Exception {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port, InetAddress.getByName(from), 0)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET /dealgraph/sparql?query=" + URLEncoder.encode(query,
                    StandardCharsets.UTF_8) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: " + Requests.JSON
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** The answer to {@code ASK {}} from {@code from}, which must come within a second. */
    private static String ask(int port, String from) throws Exception {
        long start = System.nanoTime();
        String answer = queryFrom(port, from, "ASK {}");
        assertTrue(Requests.millis(start) < 1_000, "ASK from " + from + " took " + Requests.millis(start) + " ms");
        return answer;
    }

    /**
     * Waits until exactly {@code count} queries hold slots: on a loaded machine a query sent may not have
     * reached the server yet, and a fixed pause would let the next one take its slot; and a query whose client
     * has its whole answer may still hold its slot for a moment, until the server has closed the exchange.
     */
    private static void awaitRunning(DealgraphServer server, int count) throws InterruptedException {
        long start = System.nanoTime();
        while (server.runningQueries() != count) {
            assertTrue(Requests.millis(start) < 3_000, "only " + server.runningQueries() + " of " + count
                    + " queries started");
            Thread.sleep(10);
        }
    }

    @Test
    void queriesBeyondTheCapsAreRefusedAtOnceAndTheSlotsComeBack() throws Exception {
        try (ArticleStore store = ArticleStore.inMemory()) {
            QueryBoundsTest.addLongLiteral(store);
            Limits limits = Limits.defaults().withQueryTimeout(Duration.ofSeconds(4)).withQueries(3, 2);
            try (DealgraphServer server = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                    .withLimits(limits)).start()) {
                int port = server.port();
                ExecutorService clients = Executors.newFixedThreadPool(3);
                List<Future<String>> bombs = new ArrayList<>();
                try {
                    bombs.add(clients.submit(() -> queryFrom(port, "127.0.0.1", BOMB)));
                    bombs.add(clients.submit(() -> queryFrom(port, "127.0.0.1", BOMB)));
                    awaitRunning(server, 2);
                    String sameClient = ask(port, "127.0.0.1");
                    assertTrue(sameClient.startsWith("HTTP/1.1 503") && sameClient.contains("Retry-After: 1"),
                            "a third query from one address ran: " + sameClient);
                    String otherClient = ask(port, "127.0.0.2");
                    assertTrue(otherClient.startsWith("HTTP/1.1 200") && otherClient.contains("true"), otherClient);
                    awaitRunning(server, 2);
                    bombs.add(clients.submit(() -> queryFrom(port, "127.0.0.2", BOMB)));
                    awaitRunning(server, 3);
                    int holding = server.runningQueries();
                    String full = ask(port, "127.0.0.3");
                    assertTrue(full.startsWith("HTTP/1.1 503"), "a fourth query ran while " + holding
                            + " held slots: " + full);
                    for (Future<String> bomb : bombs) {
                        String answer = bomb.get();
                        assertTrue(answer.startsWith("HTTP/1.1 503") && !answer.contains("Retry-After"),
                                "a bomb was not stopped by its timeout: " + answer);
                    }
                    String freed = ask(port, "127.0.0.1");
                    assertTrue(freed.startsWith("HTTP/1.1 200"), "the slots did not come back: " + freed);
                } finally {
                    clients.shutdownNow();
                }
            }
        }
    }
}
