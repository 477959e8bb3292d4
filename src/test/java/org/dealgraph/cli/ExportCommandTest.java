package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    @TempDir
    Path dir;
    private String store;
    private final SampleGraph sample = new SampleGraph();

    @BeforeEach
    void writeSampleStore() {
        Path path = dir.resolve("store");
        try (ArticleStore articles = ArticleStore.open(path)) {
            sample.writeTo(articles);
        }
        store = path.toString();
    }

    @Test
    void turtleOnStandardOutputIsTheUnionGraph() {
        CliRun run = CliRun.of("export", "--store", store, "--format", "ttl");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(model);
        assertEquals(sample.unionTriples().size(), model.size());
    }

    @Test
    void trigFileKeepsTheArticleGraphs() {
        Path out = dir.resolve("exports/graph.trig");
        CliRun run = CliRun.of("export", "--store", store, "--format", "trig", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("", run.out());
        Dataset parsed = DatasetFactory.create();
        RDFParser.source(out).lang(Lang.TRIG).parse(parsed);
        assertEquals(sample.quads().size(), parsed.asDatasetGraph().stream().count());
        assertTrue(parsed.containsNamedModel(SampleGraph.FIRST.getURI()));
    }

    @Test
    void fileIsReplacedWholeAndNoTemporaryFileIsLeft() throws IOException {
        Path out = Files.writeString(dir.resolve("graph.nq"), "old content");
        CliRun run = CliRun.of("export", "--store", store, "--format", "nq", "--out", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(sample.quads().size(), Files.readAllLines(out).size());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.filter(f -> f.getFileName().toString().endsWith(".part")).count());
        }
    }

    @Test
    void unknownFormatIsAUsageErrorNamingTheChoices() {
        CliRun run = CliRun.of("export", "--store", store, "--format", "dot");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("ttl, trig, nq, jsonld, rdfxml, graphml, gexf, cyjs, csv"), run.toString());
    }
}
