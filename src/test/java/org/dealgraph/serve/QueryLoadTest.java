package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Several clients query a server on 127.0.0.1 for a few seconds: every answer is a 200; prints the throughput. */
@Tag("integration")
class QueryLoadTest {

    private static final int CLIENTS = 4;
    private static final Duration RUN = Duration.ofSeconds(3);
    private static final List<String> QUERIES = List.of("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
            "SELECT ?o WHERE { <https://example.org/test/thing/7> ?p ?o }",
            "SELECT ?s WHERE { ?s <https://example.org/test/p1> ?o FILTER(CONTAINS(?o, \"9\")) } LIMIT 20",
            "ASK { ?s ?p \"value 3.2\" }");

    @Test
    void concurrentClientsGetOnlyAnswers() throws Exception {
        try (ArticleStore store = ArticleStore.inMemory()) {
            Requests.fill(store, 500);
            try (DealgraphServer server = new DealgraphServer(store.dataset(),
                    ServerSettings.defaults().withPort(0)).start()) {
                AtomicLong answers = new AtomicLong();
                AtomicLong errors = new AtomicLong();
                long end = System.nanoTime() + RUN.toNanos();
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                List<Future<?>> clients = new ArrayList<>();
                for (int c = 0; c < CLIENTS; c++) {
                    int first = c;
                    clients.add(pool.submit(() -> client(server.sparqlUrl(), first, end, answers, errors)));
                }
                for (Future<?> client : clients) {
                    client.get();
                }
                pool.shutdown();
                double perSecond = answers.get() / (RUN.toMillis() / 1000.0);
                System.out.printf("query load: %d clients, %d answers in %d s, %.0f queries/s, %d errors%n",
                        CLIENTS, answers.get(), RUN.toSeconds(), perSecond, errors.get());
                assertEquals(0, errors.get());
                assertTrue(answers.get() > CLIENTS, "hardly any answers: " + answers.get());
            }
        }
    }

    private static Void client(String endpoint, int first, long end, AtomicLong answers, AtomicLong errors)
            throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = first; System.nanoTime() < end; i++) {
            String query = QUERIES.get(i % QUERIES.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                    + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", Requests.JSON)
                    .timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            (response.statusCode() == 200 ? answers : errors).incrementAndGet();
        }
        return null;
    }
}
