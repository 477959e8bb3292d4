package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-input corpus ({@code src/test/resources/badinput}, plus huge, deeply nested and oddly named files,
 * symbolic links and a socket made here) ingested into a store that already holds articles: every file gets its outcome, with a reason
 * naming the problem; the good files are stored; the graphs stored before are unchanged.
 */
class BadInputTest {

    private static final String EARLIER = "Tallowmere Cloud signs with Brindle Forge\n\nTallowmere Cloud signed a "
            + "$400 million agreement with Brindle Forge to supply chips for three years.\n";
    private static final String LATER = "{\"title\": \"Pell Harbor AI raises\", \"url\": \"https://news.example.org/pell\", "
            + "\"body\": \"Pell Harbor AI raised $18 million from Corran Ventures.\"}\n";

    private static Pipeline pipeline;

    @TempDir
    Path dir;
    /** Sockets bound as files of the corpus, closed after each test. */
    private final List<ServerSocketChannel> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() throws IOException {
        for (ServerSocketChannel socket : sockets) {
            socket.close();
        }
    }

    @BeforeAll
    static void loadPipeline() {
        pipeline = Pipeline.standard();
    }

    @Test
    void rejectsEachBadFileWithItsReasonStoresTheGoodOnesAndKeepsWhatWasStored() throws Exception {
        Path corpus = copyCorpus();
        Path earlier = Files.writeString(dir.resolve("earlier.txt"), EARLIER);
        Path later = Files.writeString(dir.resolve("later.json"), LATER);
        try (ArticleStore store = ArticleStore.inMemory()) {
            assertEquals(2, new Ingestor(pipeline, store, 2).ingest(List.of(earlier, later)).stored());
            DatasetGraph before = copy(store);
            Files.writeString(later, LATER.substring(0, 40), StandardCharsets.UTF_8);

            Map<String, IngestOutcome> outcomes = new LinkedHashMap<>();
            IngestReport report = new Ingestor(pipeline, store, 2).ingest(List.of(corpus, later), recorder(outcomes));

            expectations(corpus, later).forEach((source, expected) -> {
                IngestOutcome outcome = Objects.requireNonNull(outcomes.get(source), "no outcome for " + source
                        + " in " + outcomes.keySet());
                if (expected.isEmpty()) {
                    assertInstanceOf(IngestOutcome.Stored.class, outcome, source);
                } else {
                    IngestOutcome.Rejected rejected = assertInstanceOf(IngestOutcome.Rejected.class, outcome, source);
                    assertTrue(rejected.reason().contains(expected), source + ": " + rejected.reason());
                }
            });
            assertEquals(expectations(corpus, later).size(), report.read(), outcomes.toString());
            assertEquals(List.of(), store.check());
            Set<String> sources = store.read(ds -> ds.asDatasetGraph().stream(null, null, DG.sourceFile.asNode(), null)
                    .map(q -> q.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
            sources.forEach(source -> assertTrue(!source.contains(dir.toString()), source + " names no path here"));
            assertStillHolds(store, before);
        }
    }

    @Test
    void readsDeclaredAndMarkedEncodings() throws Exception {
        Path corpus = copyCorpus();
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(pipeline, store, 2).ingest(List.of(corpus.resolve("declared-latin1.html"),
                    corpus.resolve("declared-windows-1252.html"), corpus.resolve("utf16-with-bom.txt")));

            Set<String> headlines = store.read(ds -> ds.asDatasetGraph().stream(null, null,
                    SchemaDO.headline.asNode(), null).map(q -> q.getObject().getLiteralLexicalForm())
                    .collect(Collectors.toSet()));
            assertEquals(Set.of("Cr\u00e9dit Lumi\u00e8re backs Ondine Analytique",
                    "Brisevent \u201cAI\u201d buys Caillou Labs",
                    "Vellichor Systems partners with Ambergate \u00c9nergie"), headlines);
        }
    }

    @Test
    void storesOddFileNamesExactlyAndExportsThemSafely() throws Exception {
        List<String> names = List.of("quote\"and'apostrophe.txt", "<angle>&brackets.txt",
                "\u041epen\u0410I look-alike.txt", "bell\u0007and\nnewline.txt", "tab\tand\u001b[31mescape.txt");
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            files.add(Files.writeString(dir.resolve(names.get(i)), "Story " + i + "\n\nWrenfield Labs number " + i
                    + " raised $" + (i + 2) + " million from Oriel Capital.\n"));
        }
        try (ArticleStore store = ArticleStore.inMemory()) {
            IngestReport report = new Ingestor(pipeline, store, 2).ingest(files);
            assertEquals(names.size(), report.stored(), report.toString());

            Set<String> sources = store.read(ds -> ds.asDatasetGraph().stream(null, null, DG.sourceFile.asNode(), null)
                    .map(q -> q.getObject().getLiteralLexicalForm()).collect(Collectors.toSet()));
            assertEquals(Set.copyOf(names), sources, "a file given directly is stored under its file name");
            DatasetGraph stored = copy(store);
            ByteArrayOutputStream nquads = new ByteArrayOutputStream();
            RDFDataMgr.write(nquads, stored, Lang.NQUADS);
            DatasetGraph parsed = DatasetGraphFactory.create();
            RDFParser.fromString(nquads.toString(StandardCharsets.UTF_8), Lang.NQUADS).parse(parsed);
            assertTrue(IsoMatcher.isomorphic(stored, parsed), "N-Quads round trip keeps every name");
        }
    }

    /** Source -> "" when stored, else a phrase the rejection's reason must hold. */
    private Map<String, String> expectations(Path corpus, Path later) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("good-deal.txt", "");
        expected.put("declared-latin1.html", "");
        expected.put("declared-windows-1252.html", "");
        expected.put("utf16-with-bom.txt", "");
        expected.put("deep-divs.html", "");
        expected.put("empty.txt", "File is empty");
        expected.put("blank.md", "only blank space");
        expected.put("binary.txt", "File is binary, not text");
        expected.put("undeclared-latin1.txt", "not valid UTF-8");
        expected.put("undeclared-latin1.html", "<meta charset>");
        expected.put("truncated.json", "Malformed JSON at line 1");
        expected.put("not-an-object.json", "not an article object");
        expected.put("one-bad-line.jsonl#1", "");
        expected.put("one-bad-line.jsonl#2", "Malformed JSON at line 2");
        expected.put("one-bad-line.jsonl#3", "");
        expected.put("unclosed-front-matter.md", "no '---' line closes it");
        expected.put("invalid-yaml.md", "Broken YAML front matter at line");
        expected.put("no-article-body.html", "No article text");
        expected.put("huge.txt", "File is too large");
        expected.put("deep-quotes.md", "nested too deeply");
        expected.put("outside-link.txt", "leads outside the folders given");
        expected.put("broken-link.md", "Broken symbolic link");
        expected.put("socket.txt", "Not a regular file: it is a socket");
        Map<String, String> bySource = new LinkedHashMap<>();
        expected.forEach((name, phrase) -> bySource.put(corpus.getFileName() + "/" + name, phrase));
        bySource.put(later.getFileName().toString(), "Malformed JSON");
        return bySource;
    }

    /** The committed corpus, copied beside the files too big or too odd to commit. */
    private Path copyCorpus() throws IOException, URISyntaxException {
        Path source = Path.of(Objects.requireNonNull(getClass().getResource("/badinput")).toURI());
        Path corpus = Files.createDirectories(dir.resolve("badinput"));
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                Files.copy(file, corpus.resolve(file.getFileName().toString()));
            }
        }
        byte[] line = "Oakhurst Data raised $1 million. ".getBytes(StandardCharsets.US_ASCII);
        try (var out = Files.newOutputStream(corpus.resolve("huge.txt"))) {
            for (long written = 0; written <= 11L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }
        int depth = 5000;
        Files.writeString(corpus.resolve("deep-divs.html"), "<html><body><article><h1>Deep page</h1>"
                + "<div>".repeat(depth) + "<p>Saltmarsh Robotics raised $3 million from Keel Capital.</p>"
                + "</div>".repeat(depth) + "</article></body></html>\n");
        Files.writeString(corpus.resolve("deep-quotes.md"), "# Deep quotes\n\n" + "> ".repeat(100_000)
                + "Saltmarsh Robotics raised $3 million.\n");
        Path secret = Files.writeString(dir.resolve("private-notes.txt"), "Private notes\n\nNothing to publish.\n");
        Files.createSymbolicLink(corpus.resolve("outside-link.txt"), secret);
        Files.createSymbolicLink(corpus.resolve("broken-link.md"), dir.resolve("gone.md"));
        sockets.add(ServerSocketChannel.open(StandardProtocolFamily.UNIX)
                .bind(UnixDomainSocketAddress.of(corpus.resolve("socket.txt"))));
        return corpus;
    }

    private static void assertStillHolds(ArticleStore store, DatasetGraph before) {
        before.listGraphNodes().forEachRemaining(name -> {
            Graph now = store.read(ds -> copyOf(ds.asDatasetGraph().getGraph(name)));
            assertTrue(now.isIsomorphicWith(before.getGraph(name)), "graph " + name + " changed");
        });
        assertEquals(2, before.size(), "two articles were stored before");
    }

    private static Graph copyOf(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    static DatasetGraph copy(ArticleStore store) {
        return store.read(ds -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }

    private static IngestListener recorder(Map<String, IngestOutcome> outcomes) {
        return new IngestListener() {
            @Override
            public void finished(IngestOutcome outcome, int done) {
                outcomes.put(outcome.source(), outcome);
            }
        };
    }
}
