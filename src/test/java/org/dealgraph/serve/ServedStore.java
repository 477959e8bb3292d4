package org.dealgraph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.model.ResolvedArticle;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.SampleArticles;
import org.dealgraph.store.ArticleStore;

/**
 * The sample articles mapped under a base of their own, written into an in-memory store and served on a
 * free port: what the linked-data tests ask over HTTP.
 */
final class ServedStore implements AutoCloseable {

    static final String BASE = "https://example.org/kg/";

    final ArticleStore store = ArticleStore.inMemory(new Iris(BASE));
    final ArticleMapper mapper = new ArticleMapper(store.iris());
    private final HttpClient http = HttpClient.newHttpClient();
    private DealgraphServer server;

    ServedStore add(ResolvedArticle article) {
        List<Quad> quads = mapper.quads(article);
        store.replace(mapper.graphName(article.article().id()), quads);
        return this;
    }

    ServedStore addSamples() {
        return add(SampleArticles.first()).add(SampleArticles.second()).add(SampleArticles.inTalks());
    }

    ServedStore start() {
        server = new DealgraphServer(store.dataset(), "127.0.0.1", 0, DealgraphServer.DEFAULT_TIMEOUT, BASE).start();
        return this;
    }

    String url(String path) {
        return server.url() + path;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
        store.close();
    }
}
