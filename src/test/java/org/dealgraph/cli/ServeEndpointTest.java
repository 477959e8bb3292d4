package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.dealgraph.serve.DealgraphServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --endpoint}: the examples written with {@code ingest --to} into a second Fuseki on loopback (an
 * in-memory dataset whose default graph is not the union of its named graphs), served over its query endpoint,
 * answer as a server over a local store ingested from the same files.
 */
class ServeEndpointTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;

    private static FusekiServer fuseki;
    private static DatasetGraph remote;
    private static String endpoint;
    private static Serving local;
    private static Serving overEndpoint;
    private static DealgraphServer localServer;
    private static DealgraphServer endpointServer;

    @BeforeAll
    static void ingestTheExamplesTwiceAndServeBoth() {
        remote = DatasetGraphFactory.createTxnMem();
        fuseki = FusekiServer.create().loopback(true).port(0).add("/ds", remote).build().start();
        String dataset = "http://localhost:" + fuseki.getPort() + "/ds";
        endpoint = dataset + "/sparql";
        CliRun written = CliRun.of("ingest", "--to", dataset, "examples");
        assertEquals(ExitCodes.OK, written.exitCode(), written.toString());
        Path store = dir.resolve("store");
        CliRun ingested = CliRun.of("ingest", "--store", store.toString(), "examples");
        assertEquals(ExitCodes.OK, ingested.exitCode(), ingested.toString());
        local = CliRun.serving("serve", "--store", store.toString(), "--port", "0");
        localServer = local.start();
        overEndpoint = CliRun.serving("serve", "--endpoint", endpoint, "--port", "0");
        endpointServer = overEndpoint.start();
    }

    @AfterAll
    static void stop() {
        if (overEndpoint != null) {
            overEndpoint.close();
        }
        if (local != null) {
            local.close();
        }
        fuseki.stop();
    }

    @Test
    void theGraphViewsJsonAgreesForAnOrganizationsNeighbourhood() throws Exception {
        JsonNode suggested = json(localServer, "/api/suggest");
        assertEquals(suggested, json(endpointServer, "/api/suggest"));
        String organization = firstOrganization(suggested);
        String path = "/api/neighbourhood?depth=2&iri=" + URLEncoder.encode(organization, StandardCharsets.UTF_8);
        JsonNode around = json(localServer, path);
        assertTrue(around.get("elements").get("edges").size() > 0, around.toString());
        assertEquals(around, json(endpointServer, path));
        String fact = around.get("elements").get("edges").get(0).get("data").get("fact").asText();
        String factPath = "/api/fact?iri=" + URLEncoder.encode(fact, StandardCharsets.UTF_8);
        assertEquals(json(localServer, factPath), json(endpointServer, factPath));
    }

    @Test
    void anOrganizationsPageIsTheSameInEveryForm() throws Exception {
        String organization = firstOrganization(json(localServer, "/api/suggest"));
        String page = "/id/" + organization.substring(organization.indexOf("/organization/") + 1);
        HttpResponse<String> html = get(localServer, page + ".html");
        assertEquals(200, html.statusCode());
        assertEquals(html.body(), get(endpointServer, page + ".html").body());
        Graph here = turtle(get(localServer, page + ".ttl").body());
        Graph there = turtle(get(endpointServer, page + ".ttl").body());
        assertTrue(here.size() > 0);
        assertTrue(here.isIsomorphicWith(there), "local:\n" + here + "\nover the endpoint:\n" + there);
        assertEquals(404, get(endpointServer, "/id/organization/no-such-thing").statusCode());
    }

    /** The front page, read from the summary's counters here and from the article graphs there, agrees. */
    @Test
    void searchAndTheFrontPageAgree() throws Exception {
        for (String path : new String[] {"/search?q=micro", "/search?q=an", "/api/search?q=a", "/"}) {
            HttpResponse<String> here = get(localServer, path);
            assertEquals(200, here.statusCode(), path);
            assertEquals(here.body(), get(endpointServer, path).body(), path);
        }
    }

    /** VoID agrees but for the server's own URL in its endpoint and root resource. */
    @Test
    void theVoidDescriptionCountsTheSame() throws Exception {
        Graph here = turtle(get(localServer, "/void", "text/turtle").body().replace(localServer.url(), "http://server"));
        Graph there = turtle(get(endpointServer, "/void", "text/turtle").body()
                .replace(endpointServer.url(), "http://server"));
        assertTrue(here.size() > 20, here.toString());
        assertTrue(here.isIsomorphicWith(there), "local:\n" + here + "\nover the endpoint:\n" + there);
    }

    @Test
    void queriesAreSentOnToTheEndpointAndReadTheUnionOfItsGraphs() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }";
        assertEquals(JSON.readTree(query(localServer, count)), JSON.readTree(query(endpointServer, count)));
        HttpResponse<String> capped = send(HttpRequest.newBuilder(URI.create(endpointServer.sparqlUrl() + "?query="
                + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8))).GET());
        assertEquals(200, capped.statusCode(), capped.body());
        assertEquals("10000", capped.headers().firstValue("Dealgraph-Result-Limit").orElse(""));
        HttpResponse<String> bad = send(HttpRequest.newBuilder(URI.create(endpointServer.sparqlUrl() + "?query="
                + URLEncoder.encode("SELECT nonsense", StandardCharsets.UTF_8))).GET());
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(get(endpointServer, "/sparql").body().contains("reads from the store at <code>" + endpoint));
    }

    @Test
    void theEditorsExampleQueriesAnswerTheSameRowsOverTheEndpoint() throws Exception {
        JsonNode here = JSON.readTree(get(localServer, "/sparql/examples.json").body());
        JsonNode there = JSON.readTree(get(endpointServer, "/sparql/examples.json").body());
        assertEquals(here.size(), there.size());
        int answered = 0;
        for (int i = 0; i < here.size(); i++) {
            String name = here.get(i).get("name").asText();
            assertEquals(name, there.get(i).get("name").asText());
            JsonNode local = JSON.readTree(query(localServer, here.get(i).get("query").asText()));
            JsonNode remote = JSON.readTree(query(endpointServer, there.get(i).get("query").asText()));
            int rows = local.path("results").path("bindings").size();
            assertEquals(rows, remote.path("results").path("bindings").size(), name + " over the endpoint");
            answered += rows > 0 ? 1 : 0;
        }
        assertTrue(answered >= 10, "most examples answer rows over the examples: " + answered);
    }

    @Test
    void writesAreRefusedAndTheStoreIsUnchanged() throws Exception {
        long before = quads();
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(endpointServer.updateUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
        assertEquals(405, update.statusCode(), update.body());
        assertTrue(update.body().contains("read-only") && update.body().contains(endpoint), update.body());
        HttpResponse<String> put = send(HttpRequest.newBuilder(URI.create(endpointServer.dataUrl() + "?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<a:b> <a:c> <a:d> .")));
        assertEquals(405, put.statusCode(), put.body());
        HttpResponse<String> onQueries = send(HttpRequest.newBuilder(URI.create(endpointServer.sparqlUrl()))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")));
        assertEquals(405, onQueries.statusCode(), onQueries.body());
        assertEquals(before, quads());
        assertEquals(404, get(endpointServer, "/dealgraph/get").statusCode());
    }

    @Test
    void anUnreachableEndpointIsAClearErrorAtStart() {
        CliRun run = CliRun.of("serve", "--endpoint", "http://127.0.0.1:9/ds/sparql", "--port", "0");
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("http://127.0.0.1:9/ds/sparql") && run.err().contains("cannot be reached"),
                run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void anEndpointWithAStoreOrWithUpdatesIsBadUsage() {
        CliRun both = CliRun.of("serve", "--endpoint", endpoint, "--store", dir.resolve("other").toString(),
                "--port", "0");
        assertEquals(ExitCodes.USAGE, both.exitCode(), both.toString());
        assertTrue(both.err().contains("--endpoint and --store"), both.err());
        CliRun writable = CliRun.of("serve", "--endpoint", endpoint, "--allow-updates", "--port", "0");
        assertEquals(ExitCodes.USAGE, writable.exitCode(), writable.toString());
        assertTrue(writable.err().contains("read-only"), writable.err());
    }

    @Test
    void anEndpointThatStopsGivesA503PageNamingIt() throws Exception {
        FusekiServer other = FusekiServer.create().loopback(true).port(0).add("/ds", DatasetGraphFactory.createTxnMem())
                .build().start();
        String url = "http://localhost:" + other.getPort() + "/ds/query";
        Serving serving = CliRun.serving("serve", "--endpoint", url, "--port", "0");
        try {
            DealgraphServer server = serving.start();
            assertEquals(200, get(server, "/search?q=x").statusCode());
            other.stop();
            for (String path : new String[] {"/search?q=x", "/id/organization/any", "/void", "/api/suggest", "/"}) {
                HttpResponse<String> page = get(server, path);
                assertEquals(503, page.statusCode(), path + ": " + page.body());
                assertTrue(page.body().contains(url), page.body());
                assertFalse(page.body().contains("Exception"), page.body());
            }
            HttpResponse<String> query = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                    + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).GET());
            assertEquals(503, query.statusCode(), query.body());
        } finally {
            serving.close();
            other.stop();
        }
    }

    private static String firstOrganization(JsonNode suggested) {
        for (JsonNode node : suggested) {
            if (node.get("type").asText().equals("organization")) {
                return node.get("iri").asText();
            }
        }
        throw new AssertionError("no organization suggested: " + suggested);
    }

    private static long quads() {
        return Txn.calculateRead(remote, () -> (long) remote.stream().count());
    }

    private static Graph turtle(String text) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.fromString(text, Lang.TURTLE).parse(graph);
        return graph;
    }

    private static JsonNode json(DealgraphServer server, String path) throws Exception {
        HttpResponse<String> answer = get(server, path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return JSON.readTree(answer.body());
    }

    private static String query(DealgraphServer server, String query) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(server.sparqlUrl() + "?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).header("Accept", "application/sparql-results+json")
                .GET());
        assertEquals(200, answer.statusCode(), answer.body());
        return answer.body();
    }

    private static HttpResponse<String> get(DealgraphServer server, String path) throws IOException,
            InterruptedException {
        return get(server, path, null);
    }

    private static HttpResponse<String> get(DealgraphServer server, String path, String accept) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url() + path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
