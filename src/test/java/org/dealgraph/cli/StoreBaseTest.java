package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Iris;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The store remembers the IRI base it was first written under: {@code ingest --base} mints under it and
 * records it, later commands use it without being told, a contradicting {@code --base} is refused before
 * anything is written, and a store that records no base (an older one) counts as the default.
 */
class StoreBaseTest {

    private static final String BASE = "https://example.org/kg/";
    private static final String OTHER = "https://example.net/other/";

    @TempDir
    Path dir;
    private Path store;
    private Path first;
    private Path second;

    @BeforeEach
    void writeArticles() throws IOException {
        store = dir.resolve("store");
        first = Files.writeString(dir.resolve("first.txt"), "Quillmere buys a lab\n\nQuillmere Robotics has agreed "
                + "to acquire Tansyfold Labs for $40 million, the two firms said on Tuesday.\n");
        second = Files.writeString(dir.resolve("second.txt"), "Orrin Vale backs Pebbleworth\n\nOrrin Vale Partners "
                + "invested $12 million in Pebbleworth AI on Friday.\n");
    }

    @Test
    void ingestWithABaseMintsEverythingUnderItAndRecordsIt() {
        ingest("--base", BASE, first.toString());
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertEquals(BASE, opened.iris().base());
            assertEquals(List.of(BASE), BaseRecord.all(opened.dataset().asDatasetGraph()));
            List<String> minted = mintedIris(opened);
            assertTrue(minted.stream().anyMatch(iri -> iri.startsWith(BASE + "organization/")), minted.toString());
            assertEquals(List.of(), minted.stream().filter(iri -> !iri.startsWith(BASE)).toList());
            assertEquals(List.of(), opened.check());
        }
    }

    @Test
    void aSecondIngestWithoutBaseKeepsTheRecordedOne() {
        ingest("--base", BASE, first.toString());
        ingest(second.toString());
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertEquals(2, opened.articleCount());
            assertEquals(List.of(BASE), BaseRecord.all(opened.dataset().asDatasetGraph()));
            List<String> minted = mintedIris(opened);
            assertTrue(minted.stream().anyMatch(iri -> iri.startsWith(BASE + "organization/pebbleworth")),
                    minted.toString());
            assertEquals(List.of(), minted.stream().filter(iri -> !iri.startsWith(BASE)).toList());
        }
    }

    @Test
    void aContradictingBaseOnIngestIsAUsageErrorNamingBothAndWritesNothing() {
        ingest("--base", BASE, first.toString());
        long before = triples();
        CliRun run = CliRun.of("ingest", "--store", store.toString(), "--base", OTHER, second.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertNamesStoreAndBothBases(run, BASE, OTHER);
        assertEquals(before, triples());
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertEquals(1, opened.articleCount());
        }
    }

    @Test
    void aContradictingBaseOnServeIsAUsageErrorNamingBoth() {
        ingest("--base", BASE, first.toString());
        CliRun run = CliRun.of("serve", "--store", store.toString(), "--port", "0", "--base", OTHER);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertNamesStoreAndBothBases(run, BASE, OTHER);
    }

    @Test
    void aBaseThatIsNoIriBaseIsRefusedAlikeByIngestAndServe() {
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), "--base", "example.org/kg", first.toString());
        CliRun serve = CliRun.of("serve", "--store", store.toString(), "--base", "example.org/kg");
        for (CliRun run : List.of(ingest, serve)) {
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
            assertTrue(run.err().contains("--base example.org/kg is not an IRI base"), run.toString());
        }
        assertFalse(Files.exists(store), "nothing was created");
    }

    @Test
    void serveWithoutBaseServesTheResourcePagesOfACustomBaseStore() throws Exception {
        ingest("--base", BASE, first.toString());
        String organization;
        try (ArticleStore opened = ArticleStore.open(store)) {
            organization = mintedIris(opened).stream().filter(iri -> iri.startsWith(BASE + "organization/"))
                    .findFirst().orElseThrow();
        }
        Serving serving = CliRun.serving("serve", "--store", store.toString(), "--port", "0");
        try {
            DealgraphServer server = serving.start();
            HttpResponse<String> page = get(server.url() + "/id/" + organization.substring(BASE.length()) + ".ttl");
            assertEquals(200, page.statusCode(), page.body());
            assertTrue(page.body().contains("Quillmere Robotics"), page.body());
            HttpResponse<String> description = get(server.url() + "/void");
            assertTrue(description.body().contains(BASE), description.body());
            assertFalse(description.body().contains(Iris.DEFAULT_BASE), description.body());
            HttpResponse<String> queryPage = get(server.url() + "/sparql");
            assertTrue(queryPage.body().contains("data-base=\"" + BASE + "\""), queryPage.body());
            HttpResponse<String> context = get(server.url() + "/context.jsonld");
            assertTrue(context.body().contains("\"dgid\": \"" + BASE + "\""), context.body());
        } finally {
            serving.close();
        }
    }

    @Test
    void serveWithTheStoresOwnBaseIsAccepted() {
        ingest("--base", BASE, first.toString());
        Serving serving = CliRun.serving("serve", "--store", store.toString(), "--port", "0", "--base", BASE);
        serving.close();
    }

    @Test
    void aStoreThatRecordsNoBaseCountsAsTheDefault() {
        ingest(first.toString());
        forgetTheBase();
        CliRun refused = CliRun.of("ingest", "--store", store.toString(), "--base", BASE, second.toString());
        assertEquals(ExitCodes.USAGE, refused.exitCode(), refused.toString());
        assertNamesStoreAndBothBases(refused, Iris.DEFAULT_BASE, BASE);

        CliRun check = CliRun.of("check", "--store", store.toString());
        assertEquals(ExitCodes.OK, check.exitCode(), check.toString());
        Serving serving = CliRun.serving("serve", "--store", store.toString(), "--port", "0");
        serving.close();

        ingest(second.toString());
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertEquals(Iris.DEFAULT_BASE, opened.iris().base());
            assertEquals(List.of(Iris.DEFAULT_BASE), BaseRecord.all(opened.dataset().asDatasetGraph()),
                    "the next write records the default");
            assertEquals(List.of(), mintedIris(opened).stream().filter(iri -> !iri.startsWith(Iris.DEFAULT_BASE))
                    .toList());
        }
    }

    @Test
    void exportWritesTheStoresBaseAsTheDgidPrefix() {
        ingest("--base", BASE, first.toString());
        CliRun turtle = CliRun.of("export", "--store", store.toString(), "--format", "ttl");
        assertEquals(ExitCodes.OK, turtle.exitCode(), turtle.toString());
        assertTrue(turtle.out().matches("(?s).*PREFIX dgid:\\s+<" + BASE + ">.*"), turtle.out());
        assertFalse(turtle.out().contains(Iris.DEFAULT_BASE), turtle.out());
        CliRun jsonLd = CliRun.of("export", "--store", store.toString(), "--format", "jsonld");
        assertEquals(ExitCodes.OK, jsonLd.exitCode(), jsonLd.toString());
        assertTrue(jsonLd.out().contains("\"dgid\": \"" + BASE + "\""), jsonLd.out());
        assertTrue(jsonLd.out().contains("\"dgid:organization/quillmere-robotics\""), jsonLd.out());
        assertFalse(jsonLd.out().contains(Iris.DEFAULT_BASE), jsonLd.out());
    }

    @Test
    void removingEveryArticleKeepsTheBase() {
        ingest("--base", BASE, first.toString());
        CliRun remove = CliRun.of("remove", "--store", store.toString(), first.toString());
        assertEquals(ExitCodes.OK, remove.exitCode(), remove.toString());
        CliRun again = CliRun.of("ingest", "--store", store.toString(), "--base", OTHER, second.toString());
        assertEquals(ExitCodes.USAGE, again.exitCode(), again.toString());
        assertNamesStoreAndBothBases(again, BASE, OTHER);
    }

    private void ingest(String... arguments) {
        List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString()));
        args.addAll(List.of(arguments));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
    }

    private void assertNamesStoreAndBothBases(CliRun run, String recorded, String given) {
        for (String named : new String[] {store.toString(), recorded, given}) {
            assertTrue(run.err().contains(named), named + " is not named:\n" + run);
        }
    }

    /** Every IRI subject of the article graphs, and the graphs' names. */
    private static List<String> mintedIris(ArticleStore opened) {
        return Txn.calculateRead(opened.dataset(), () -> {
            List<String> iris = new ArrayList<>();
            opened.dataset().asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quad -> {
                if (!quad.isDefaultGraph()) {
                    iris.add(quad.getGraph().getURI());
                    if (quad.getSubject().isURI()) {
                        iris.add(quad.getSubject().getURI());
                    }
                }
            });
            return iris.stream().distinct().toList();
        });
    }

    private long triples() {
        try (ArticleStore opened = ArticleStore.open(store)) {
            return Txn.calculateRead(opened.dataset(), () -> Iter.count(opened.dataset().asDatasetGraph().find()));
        }
    }

    /** Makes the store look like one written before bases were recorded. */
    private void forgetTheBase() {
        try (ArticleStore opened = ArticleStore.open(store)) {
            Txn.executeWrite(opened.dataset(), () -> opened.dataset().asDatasetGraph()
                    .deleteAny(Quad.defaultGraphIRI, Node.ANY, Node.ANY, DG.IriBase.asNode()));
            assertEquals(List.of(), BaseRecord.all(opened.dataset().asDatasetGraph()));
        }
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
