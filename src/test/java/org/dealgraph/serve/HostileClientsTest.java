package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The server under attack from this machine, all at once: fifty sockets that send a body a byte a second,
 * four regular-expression bombs, a 50 MB query, a query of doubling CONCATs and a cross-product update with
 * the writer's login, each sent again as soon as it is refused. Meanwhile a probe asks {@code ASK {}} ten
 * times a second; its answers must keep coming within a second (99th percentile), and the store must come out
 * unchanged.
 */
@Tag("integration")
class HostileClientsTest {

    private static final Duration RUN = Duration.ofSeconds(12);
    private static final int SLOW_SOCKETS = 50;
    private static final int BOMBS = 4;

    @Test
    void aProbeKeepsAnsweringWithinASecondWhileTheServerIsAttacked() throws Exception {
        try (ArticleStore store = ArticleStore.inMemory()) {
            Requests.fill(store, 200);
            QueryBoundsTest.addLongLiteral(store);
            long before = Requests.quads(store);
            Limits limits = Limits.defaults().withQueryTimeout(Duration.ofSeconds(2));
            try (DealgraphServer server = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                    .withLimits(limits).withWriters(Credentials.of(QueryBoundsTest.USER, QueryBoundsTest.PASSWORD)))
                    .start()) {
                AtomicBoolean running = new AtomicBoolean(true);
                AtomicInteger attacks = new AtomicInteger();
                ExecutorService attackers = Executors.newFixedThreadPool(BOMBS + 4);
                attackers.submit(() -> slowBodies(server.port(), running));
                String bomb = "SELECT * { ?s <https://example.org/test/text> ?x FILTER(REGEX(?x, \""
                        + QueryBoundsTest.BOMB + "\")) }";
                for (int i = 0; i < BOMBS; i++) {
                    attackers.submit(() -> repeat(running, attacks, () -> Requests.query(server.sparqlUrl(), bomb)));
                }
                attackers.submit(() -> repeat(running, attacks, () -> RawRequests.send(server.port(),
                        "POST /dealgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query"
                                + "\r\nContent-Length: 50000000\r\nConnection: close\r\n\r\nASK { ?s ?p \""
                                + "x".repeat(1_000_000))));
                attackers.submit(() -> repeat(running, attacks, () -> Requests.query(server.sparqlUrl(),
                        QueryBoundsTest.doublingConcat(30))));
                attackers.submit(() -> repeat(running, attacks, () -> Requests.write("POST", server.updateUrl(),
                        "application/sparql-update", "INSERT { GRAPH <https://example.org/test/graph/runaway> { ?a "
                                + "<https://example.org/p> ?f } } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
                        QueryBoundsTest.USER, QueryBoundsTest.PASSWORD, null)));
                Thread.sleep(1_000);
                List<Long> probes = probe(server.sparqlUrl());
                running.set(false);
                attackers.shutdownNow();
                assertTrue(attackers.awaitTermination(30, TimeUnit.SECONDS), "the attackers did not stop");
                Collections.sort(probes);
                long p99 = probes.get((int) Math.ceil(probes.size() * 0.99) - 1);
                long median = probes.get(probes.size() / 2);
                System.out.printf("hostile clients: %d probes, median %d ms, p99 %d ms, max %d ms; %d attacks "
                        + "answered%n", probes.size(), median, p99, probes.get(probes.size() - 1), attacks.get());
                assertTrue(probes.size() >= 30, "too few probes answered: " + probes.size());
                assertTrue(p99 <= 1_000, "probe p99 " + p99 + " ms");
                assertTrue(attacks.get() > BOMBS, "the attacks were not made: " + attacks.get());
                assertEquals(before, Requests.quads(store), "the store changed");
            }
        }
    }

    /** The probe's latencies over the run, in milliseconds; an answer that is not {@code true} fails. */
    private static List<Long> probe(String endpoint) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest ask = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Accept", Requests.JSON)
                .timeout(Duration.ofSeconds(10)).GET().build();
        List<Long> latencies = new ArrayList<>();
        long end = System.nanoTime() + RUN.toNanos();
        while (System.nanoTime() < end) {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(ask, HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(200, answer.statusCode(), answer.body());
            assertTrue(answer.body().contains("true"), answer.body());
            Thread.sleep(100);
        }
        return latencies;
    }

    private interface Attack {
        Object send() throws Exception;
    }

    private static Void repeat(AtomicBoolean running, AtomicInteger attacks, Attack attack) {
        while (running.get()) {
            try {
                attack.send();
                attacks.incrementAndGet();
                Thread.sleep(20);
            } catch (InterruptedException stopped) {
                return null;
            } catch (Exception refusedOrCut) {
                if (Thread.currentThread().isInterrupted()) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Fifty POSTs of a 1,000-byte body, each sent a byte a second, reopened when the server closes one. */
    private static Void slowBodies(int port, AtomicBoolean running) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        try {
            while (running.get()) {
                for (int i = 0; i < SLOW_SOCKETS; i++) {
                    if (i >= sockets.size()) {
                        sockets.add(null);
                    }
                    Socket socket = sockets.get(i);
                    try {
                        if (socket == null) {
                            socket = new Socket("127.0.0.1", port);
                            sockets.set(i, socket);
                            socket.getOutputStream().write(("POST /dealgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Type: application/sparql-query\r\nContent-Length: 1000\r\n\r\n")
                                    .getBytes(StandardCharsets.ISO_8859_1));
                        }
                        OutputStream out = socket.getOutputStream();
                        out.write('A');
                        out.flush();
                    } catch (java.io.IOException closed) {
                        if (socket != null) {
                            socket.close();
                        }
                        sockets.set(i, null);
                    }
                }
                Thread.sleep(1_000);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } finally {
            for (Socket socket : sockets) {
                if (socket != null) {
                    socket.close();
                }
            }
        }
        return null;
    }
}
