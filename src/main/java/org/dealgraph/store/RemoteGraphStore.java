package org.dealgraph.store;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A SPARQL 1.1 Graph Store Protocol endpoint that article graphs are written to, one PUT per named graph:
 * a graph written again replaces the one stored, so a re-run never duplicates. Transient failures (no
 * connection, a 5xx answer, 429 Too Many Requests) are retried after waits that double each time; any
 * other answer fails at once.
 */
public final class RemoteGraphStore {

    private final String url;
    private final Optional<String> authorization;
    private final int attempts;
    private final Duration firstWait;
    private final HttpClient client;

    /**
     * @param url           the endpoint as the store names it, e.g. a Fuseki dataset {@code http://host:3030/ds}
     * @param authorization the value of the {@code Authorization} header to send, if any
     * @param attempts      the most times one graph is tried, 1 or more
     * @param firstWait     the wait before the second try; each later wait is twice the one before
     */
    public RemoteGraphStore(String url, Optional<String> authorization, int attempts, Duration firstWait) {
        this.url = Objects.requireNonNull(url, "url");
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        this.attempts = attempts;
        this.firstWait = Objects.requireNonNull(firstWait, "firstWait");
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The endpoint's URL. */
    public String url() {
        return url;
    }

    /**
     * Writes {@code quads} as the graph {@code graph}, replacing what the endpoint holds under that name.
     *
     * @throws RemoteStoreException saying what the endpoint answered, after the last try or a lasting failure
     */
    public void put(Node graph, List<Quad> quads) {
        Graph content = GraphFactory.createDefaultGraph();
        quads.forEach(quad -> content.add(quad.asTriple()));
        Duration wait = firstWait;
        for (int attempt = 1; ; attempt++) {
            try {
                request().graphName(graph).PUT(content);
                return;
            } catch (HttpException e) {
                if (!isTransient(e) || attempt >= attempts) {
                    throw new RemoteStoreException(url, graph, attempt, e);
                }
            }
            sleep(wait);
            wait = wait.multipliedBy(2);
        }
    }

    private GSP request() {
        GSP gsp = GSP.service(url).httpClient(client);
        authorization.ifPresent(value -> gsp.httpHeader("Authorization", value));
        return gsp;
    }

    /** Whether a failure may pass if tried again: no answer at all, a server error, or too many requests. */
    static boolean isTransient(HttpException e) {
        int status = e.getStatusCode();
        return status <= 0 || status >= 500 || status == 429;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to try again", e);
        }
    }
}
