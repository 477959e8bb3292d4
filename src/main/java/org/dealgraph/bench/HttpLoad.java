package org.dealgraph.bench;

import java.io.IOException;
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
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Query;

/**
 * Clients asking a SPARQL endpoint over HTTP, as fast as it answers, for a bounded time: each client sends
 * one query, reads the whole answer, and sends the next.
 */
final class HttpLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;

    HttpLoad(String endpoint) {
        this.endpoint = endpoint;
    }

    /** Sends {@code query} once; returns whether it was answered with HTTP 200. */
    boolean ask(Query query) {
        try {
            HttpResponse<String> response = http.send(request(query), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Runs {@code clients} clients for {@code seconds}, each asking the queries in turn, from its own start. */
    HttpFigures run(String name, List<Query> queries, int clients, double seconds) {
        AtomicLong errors = new AtomicLong();
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread client = new Thread(() -> {
                for (int i = first; System.nanoTime() < deadline && !Thread.currentThread().isInterrupted(); i++) {
                    long began = System.nanoTime();
                    if (ask(queries.get(i % queries.size()))) {
                        latencies.add((System.nanoTime() - began) / 1e6);
                    } else {
                        errors.incrementAndGet();
                    }
                }
            }, "dealgraph-bench-client-" + c);
            client.start();
            threads.add(client);
        }
        join(threads);
        double elapsed = (System.nanoTime() - start) / 1e9;
        List<Double> answered = List.copyOf(latencies);
        return new HttpFigures(name, clients, elapsed, answered.size(), errors.get(), answered.size() / elapsed,
                QueryLatency.percentile(answered, 50), QueryLatency.percentile(answered, 99));
    }

    private HttpRequest request(Query query) {
        String form = "query=" + URLEncoder.encode(query.serialize(), StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create(endpoint)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static void join(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                threads.forEach(Thread::interrupt);
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
