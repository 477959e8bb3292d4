package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dealgraph compact}: the store shrinks on disk, its graph stays the same, and it opens as before. */
class CompactCommandTest {

    @TempDir
    Path dir;

    @Test
    void compactingKeepsTheGraphAndGivesBackTheSpaceOfEarlierWrites() {
        Path store = dir.resolve("store");
        // one article per write transaction, then every article removed and written again: plenty left behind
        CliRun first = ingestOnePerTransaction(store);
        assertEquals(ExitCodes.OK, first.exitCode(), first.toString());
        try (ArticleStore opened = ArticleStore.open(store)) {
            opened.removeAll(opened.articles().stream().map(a -> a.graph()).toList());
        }
        CliRun again = ingestOnePerTransaction(store);
        assertEquals(ExitCodes.OK, again.exitCode(), again.toString());
        DatasetGraph before = contents(store);

        CliRun compact = CliRun.of("compact", "--store", store.toString());

        assertEquals(ExitCodes.OK, compact.exitCode(), compact.toString());
        assertTrue(compact.out().startsWith("compacted "), compact.out());
        assertTrue(Files.isDirectory(store.resolve("Data-0002")), "the new generation is in place");
        assertFalse(Files.exists(store.resolve("Data-0001")), "the old generation is gone");
        try (ArticleStore reopened = ArticleStore.open(store)) {
            assertEquals(List.of(), reopened.check());
            assertEquals(15, reopened.articleCount());
        }
        assertTrue(IsoMatcher.isomorphic(before, contents(store)), "the same graph after compaction");
        CliRun ingestAfter = CliRun.of("ingest", "--store", store.toString(), "examples");
        assertEquals(ExitCodes.OK, ingestAfter.exitCode(), ingestAfter.toString());
        assertTrue(ingestAfter.out().contains("unchanged:      15"), ingestAfter.out());
    }

    @Test
    void eachCompactionMovesToTheNextGenerationAndNeverGrowsTheStore() {
        Path store = dir.resolve("store");
        assertEquals(ExitCodes.OK, ingestOnePerTransaction(store).exitCode());
        try (ArticleStore opened = ArticleStore.open(store)) {
            ArticleStore.Compaction first = opened.compact();
            ArticleStore.Compaction second = opened.compact();
            // TDB2 grows its files in chunks of megabytes, so a store this small may keep its size
            assertTrue(first.bytesAfter() <= first.bytesBefore(), first.toString());
            assertTrue(second.bytesAfter() <= second.bytesBefore(), second.toString());
            assertEquals(15, opened.articleCount());
        }
        assertTrue(Files.isDirectory(store.resolve("Data-0003")));
        assertFalse(Files.exists(store.resolve("Data-0002")));
    }

    @Test
    void refusesAMissingStore() {
        CliRun run = CliRun.of("compact", "--store", dir.resolve("nowhere").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
    }

    private static DatasetGraph contents(Path directory) {
        try (ArticleStore store = ArticleStore.open(directory)) {
            return store.read(ds -> {
                DatasetGraph copy = DatasetGraphFactory.create();
                ds.asDatasetGraph().find().forEachRemaining(copy::add);
                return copy;
            });
        }
    }

    /** Ingests examples/ one article per write transaction, the way that leaves the most behind. */
    private static CliRun ingestOnePerTransaction(Path store) {
        return CliRun.of("ingest", "--store", store.toString(), "--batch", "1", "--max-transaction", "1", "examples");
    }
}
