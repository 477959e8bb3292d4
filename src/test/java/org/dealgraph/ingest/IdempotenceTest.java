package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph an ingest builds depends on the articles only: not on repeats, file order or how runs split them. */
class IdempotenceTest {

    private static Pipeline pipeline;
    private static List<Path> files;
    private static DatasetGraph reference;

    @TempDir
    static Path dir;

    @BeforeAll
    static void ingestOnce() throws IOException {
        pipeline = Pipeline.standard();
        new CorpusGenerator(11, 30, 60).write(dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (ArticleStore store = ArticleStore.inMemory()) {
            assertEquals(30, new Ingestor(pipeline, store, 2).ingest(files).stored());
            reference = BadInputTest.copy(store);
        }
    }

    @Test
    void ingestingTwiceGivesTheSameGraph() {
        assertSameGraph(List.of(files, files));
    }

    @Test
    void shuffledFileOrderGivesTheSameGraph() {
        List<Path> shuffled = new ArrayList<>(files);
        Collections.shuffle(shuffled, new Random(5));
        assertSameGraph(List.of(shuffled));
    }

    @Test
    void twoRunsOverHalvesGiveTheSameGraphInEitherOrder() {
        List<Path> first = files.subList(0, files.size() / 2);
        List<Path> second = files.subList(files.size() / 2, files.size());
        assertSameGraph(List.of(first, second));
        assertSameGraph(List.of(second, first));
    }

    // the stored source became a path relative to the folder given: the same folder by another path is unchanged
    @Test
    void theSameFolderByAnotherPathIsUnchanged() throws IOException {
        Path other = Files.createSymbolicLink(Files.createTempDirectory("dealgraph-link").resolve("corpus"), dir);
        try (ArticleStore store = ArticleStore.inMemory()) {
            assertEquals(30, new Ingestor(pipeline, store, 2).ingest(List.of(dir.toAbsolutePath())).stored());
            IngestReport again = new Ingestor(pipeline, store, 2).ingest(List.of(other));
            assertEquals(30, again.unchanged(), again.toString());
            assertEquals(0, again.stored(), again.toString());
        } finally {
            Files.delete(other);
            Files.delete(other.getParent());
        }
    }

    /** Ingests each list of {@code runs} in turn into a new store and compares it with the one-run graph. */
    private static void assertSameGraph(List<List<Path>> runs) {
        try (ArticleStore store = ArticleStore.inMemory()) {
            for (List<Path> run : runs) {
                IngestReport report = new Ingestor(pipeline, store, 2).ingest(run);
                assertTrue(report.clean(), report.toString());
            }
            assertEquals(List.of(), store.check());
            assertTrue(IsoMatcher.isomorphic(reference, BadInputTest.copy(store)), "same graph as one run");
        }
    }
}
