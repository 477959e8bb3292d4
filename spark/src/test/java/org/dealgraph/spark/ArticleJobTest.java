package org.dealgraph.spark;

import static org.dealgraph.spark.SameGraphs.assertSameGraphs;
import static org.dealgraph.spark.TestInputs.EXAMPLES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;

/**
 * The job in local mode against {@code dealgraph ingest} of the same files: the same graphs, the hashes it stores.
 * Bad inputs, and the output loaded into stores, are {@link JobThenLoadTest}'s.
 */
class ArticleJobTest extends LocalJobTest {

    @Test
    void writesTheGraphsAnIngestStoresForTheExamples() {
        Ingested ingest = Ingested.of(List.of(EXAMPLES));
        JobOutput output = run(List.of(EXAMPLES), "examples-out");
        assertSameGraphs(ingest.dataset(), output.dataset());
        assertManifestTellsStoredHashes(ingest.store(), output);
        assertTrue(output.lines(OutputKind.REJECTED).isEmpty(), () -> output.lines(OutputKind.REJECTED).toString());
    }

    @Test
    void writesTheGraphsAnIngestStoresForAGeneratedCorpus() {
        Path corpus = TestInputs.corpus(temp.resolve("corpus"), 7, 150);
        Ingested ingest = Ingested.of(List.of(corpus));
        JobOutput output = run(List.of(corpus), "corpus-out");
        assertEquals(150, output.lines(OutputKind.MANIFEST).size());
        assertSameGraphs(ingest.dataset(), output.dataset());
        assertManifestTellsStoredHashes(ingest.store(), output);
    }

    @Test
    void aRerunOverTheSameInputWritesTheSameOutput() {
        JobOutput first = run(List.of(EXAMPLES), "first");
        JobOutput second = run(List.of(EXAMPLES), "second");
        for (OutputKind kind : OutputKind.values()) {
            assertEquals(first.lines(kind), second.lines(kind), kind.name());
        }
        assertFalse(first.lines(OutputKind.GRAPHS).isEmpty());
    }

    @Test
    void readsTheFilesOfAFolderThatAnIngestReads() throws IOException {
        // Hadoop's input listing passed over files whose names begin with "_", which an ingest reads, and its
        // comma-separated list of inputs could not name a folder with a comma.
        Path folder = Files.createDirectories(temp.resolve("drafts, 2024/inner"));
        Path example = EXAMPLES.resolve("2024-03-27-amazon-completes-anthropic-investment.txt");
        Files.copy(example, folder.resolve("_draft.txt"));
        Files.copy(example, folder.resolve(".hidden.txt"));
        Files.writeString(folder.resolve("README.md"), "Not an article.");
        List<Path> inputs = List.of(temp.resolve("drafts, 2024"));
        Ingested ingest = Ingested.of(inputs);
        JobOutput output = run(inputs, "drafts-out");
        assertEquals(List.of("drafts, 2024/inner/_draft.txt"), output.rows(OutputKind.MANIFEST).stream()
                .map(row -> row.get(3)).toList());
        assertSameGraphs(ingest.dataset(), output.dataset());
    }

    @Test
    void rejectsAFileOverTheLimitInTheIngestsWords() throws IOException {
        // The job's reason lacked the file's size, which Spark's input listing did not hand on.
        Path folder = Files.createDirectories(temp.resolve("large"));
        Files.write(folder.resolve("huge.txt"), new byte[(int) JobSettings.DEFAULT_MAX_BYTES + 1]);
        Files.copy(EXAMPLES.resolve("2024-03-27-amazon-completes-anthropic-investment.txt"),
                folder.resolve("small.txt"));
        List<Path> inputs = List.of(folder);
        Ingested ingest = Ingested.of(inputs);
        JobOutput output = run(inputs, "large-out");
        assertEquals(1, ingest.rejectedRows().size(), ingest.rejectedRows()::toString);
        assertEquals(ingest.rejectedRows(), output.rows(OutputKind.REJECTED));
        assertEquals(1, output.lines(OutputKind.MANIFEST).size());
    }

    private static void assertManifestTellsStoredHashes(ArticleStore store, JobOutput output) {
        Map<String, String> hashes = new HashMap<>();
        output.rows(OutputKind.MANIFEST).forEach(row -> hashes.put(row.get(2), row.get(1)));
        for (String name : SameGraphs.names(store.dataset().asDatasetGraph())) {
            assertEquals(store.storedHash(NodeFactory.createURI(name)).orElseThrow(), hashes.get(name), name);
        }
    }
}
