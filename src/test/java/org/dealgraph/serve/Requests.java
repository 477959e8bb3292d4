package org.dealgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.store.ArticleStore;

/** HTTP requests the server tests send, each on a fresh client so a refused body cannot spoil the next one. */
final class Requests {

    static final String JSON = "application/sparql-results+json";

    private Requests() {
    }

    /** A SPARQL query by GET. */
    static HttpResponse<String> query(String endpoint, String query) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(endpoint + "?query=" + URLEncoder.encode(query,
                StandardCharsets.UTF_8))).header("Accept", JSON).GET());
    }

    /** A request with {@code method} and a body of {@code type}, with basic auth when {@code user} is not null. */
    static HttpResponse<String> write(String method, String url, String type, String body, String user,
                                      String password, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method,
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The milliseconds since {@code start}, a {@link System#nanoTime()}. */
    static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** The number of quads in the store, besides the record of its IRI base. */
    static long quads(ArticleStore store) {
        return store.read(ds -> ds.asDatasetGraph().stream().filter(quad -> !BaseRecord.isRecord(quad)).count());
    }

    /** {@code subjects} resources with five statements each, in one article graph. */
    static void fill(ArticleStore store, int subjects) {
        Node graph = NodeFactory.createURI("https://example.org/test/graph/bulk");
        List<Quad> quads = new java.util.ArrayList<>();
        for (int i = 0; i < subjects; i++) {
            Node s = NodeFactory.createURI("https://example.org/test/thing/" + i);
            for (int p = 0; p < 5; p++) {
                quads.add(Quad.create(graph, s, NodeFactory.createURI("https://example.org/test/p" + p),
                        NodeFactory.createLiteralString("value " + i + "." + p)));
            }
        }
        store.replace(graph, quads);
    }
}
