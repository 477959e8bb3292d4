package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.ingest.IngestReport;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SPARQL endpoint answers while an ingest writes to the same store, and never shows half an article. */
class QueriesDuringIngestTest {

    private static final int ARTICLES = 80;
    /** How many articles there are, and how many facts lack their evidence (a half-written article would). */
    private static final String PROBE = "PREFIX dg: <https://w3id.org/dealgraph/ns#> "
            + "SELECT (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?bare) AS ?bareFacts) WHERE { "
            + "{ ?article dg:contentHash ?hash } UNION "
            + "{ ?bare a ?kind . FILTER(?kind IN (dg:Deal, dg:Investment, dg:FundingRound, dg:Acquisition)) "
            + "  FILTER NOT EXISTS { ?bare dg:evidence ?e } } }";

    @TempDir
    Path dir;

    @Test
    void serverAnswersEveryQueryDuringAnIngestAndSeesWholeArticlesOnly() throws Exception {
        new CorpusGenerator(41, ARTICLES, 60).write(dir.resolve("corpus"));
        Pipeline pipeline = Pipeline.standard();
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"));
             DealgraphServer server = new DealgraphServer(store.dataset(), "127.0.0.1", 0).start()) {
            AtomicBoolean writing = new AtomicBoolean(true);
            CountDownLatch answering = new CountDownLatch(1);
            CompletableFuture<List<long[]>> client = CompletableFuture.supplyAsync(
                    () -> poll(server.sparqlUrl(), writing, answering));
            assertTrue(answering.await(30, TimeUnit.SECONDS), "the server answers before the ingest starts");
            IngestReport report;
            try {
                report = new Ingestor(pipeline, store, 2).ingest(List.of(dir.resolve("corpus")));
            } finally {
                writing.set(false);
            }
            List<long[]> seen = client.get(60, TimeUnit.SECONDS);

            assertEquals(ARTICLES, report.stored(), report.toString());
            assertTrue(seen.size() > 1, "the client asked again while the ingest ran");
            for (int i = 0; i < seen.size(); i++) {
                assertEquals(0, seen.get(i)[1], "a fact without its evidence was visible");
                assertTrue(i == 0 || seen.get(i - 1)[0] <= seen.get(i)[0], "articles only come, never go");
            }
        }
    }

    /** Asks the probe over HTTP until writing ends; every answer must be 200. */
    private static List<long[]> poll(String endpoint, AtomicBoolean writing, CountDownLatch answering) {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint + "?query="
                        + URLEncoder.encode(PROBE, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").GET().build();
        List<long[]> seen = new ArrayList<>();
        do {
            try {
                HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                assertEquals(200, answer.statusCode(), answer.body());
                ResultSet rows = ResultSetMgr.read(
                        new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON);
                QuerySolution row = rows.next();
                seen.add(new long[] {row.getLiteral("articles").getLong(), row.getLiteral("bareFacts").getLong()});
                answering.countDown();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (writing.get());
        return seen;
    }
}
