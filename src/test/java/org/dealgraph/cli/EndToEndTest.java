package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example articles through the whole pipeline, into a store, out of the SPARQL endpoint. */
@Tag("integration")
class EndToEndTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final String ORGANIZATIONS = "PREFIX dg: <https://w3id.org/dealgraph/ns#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "SELECT DISTINCT ?org ?name WHERE { ?org a dg:Organization ; skos:prefLabel ?name }";

    @TempDir
    Path dir;

    @Test
    void examplesAreIngestedAndServed() throws Exception {
        assertTrue(hasFiles(EXAMPLES), "the examples folder holds the demo's articles");
        Path store = dir.resolve("store");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), EXAMPLES.toString());
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.toString());

        try (ArticleStore articles = ArticleStore.open(store);
             DealgraphServer server = new DealgraphServer(articles.dataset(), "127.0.0.1", 0).start()) {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                            + URLEncoder.encode(ORGANIZATIONS, StandardCharsets.UTF_8)))
                    .header("Accept", "application/sparql-results+json").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, answer.statusCode(), answer.body());
            ResultSetRewindable rows = ResultSetFactory.copyResults(ResultSetMgr.read(
                    new ByteArrayInputStream(answer.body().getBytes(StandardCharsets.UTF_8)), ResultSetLang.RS_JSON));
            assertTrue(rows.size() >= 2, "organizations come back:\n" + answer.body());

            HttpResponse<String> update = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "update answered " + update.statusCode());
            assertTrue(articles.articleCount() > 0, "nothing was cleared");
        }
    }

    @Test
    void secondIngestOfTheExamplesChangesNothing() {
        assertTrue(hasFiles(EXAMPLES), "the examples folder holds the demo's articles");
        String store = dir.resolve("store").toString();
        CliRun first = CliRun.of("ingest", "--store", store, EXAMPLES.toString());
        CliRun second = CliRun.of("ingest", "--store", store, EXAMPLES.toString());
        assertEquals(ExitCodes.OK, second.exitCode(), second.toString());
        assertTrue(second.out().contains("stored:         0"), second.out());
        assertEquals(line(first.out(), "triples:"), line(second.out(), "triples:"));
    }

    private static String line(String out, String prefix) {
        return out.lines().filter(l -> l.startsWith(prefix)).findFirst().orElse("(none)");
    }

    private static boolean hasFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false;
        }
    }
}
