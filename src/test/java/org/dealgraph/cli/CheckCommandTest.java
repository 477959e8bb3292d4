package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dealgraph check}, and the ingest's {@code --max-bytes}, {@code --batch} and {@code --max-transaction}. */
class CheckCommandTest {

    private static final String STORY = "Quillfeather raises\n\nQuillfeather Robotics raised $40 million in a Series B "
            + "round led by Brackenridge Capital.\n";

    @TempDir
    Path dir;

    @Test
    void saysAWholeStoreIsConsistentAndListsTheProblemsOfABrokenOne() throws IOException {
        Path store = dir.resolve("store");
        Path file = Files.writeString(dir.resolve("story.txt"), STORY);
        assertEquals(ExitCodes.OK, CliRun.of("ingest", "--store", store.toString(), file.toString()).exitCode());

        CliRun whole = CliRun.of("check", "--store", store.toString());
        assertEquals(ExitCodes.OK, whole.exitCode(), whole.toString());
        assertTrue(whole.out().contains("consistent: 1 article graphs"), whole.out());

        try (ArticleStore opened = ArticleStore.open(store)) {
            Txn.executeWrite(opened.dataset(), () -> opened.dataset().asDatasetGraph()
                    .deleteAny(Node.ANY, Node.ANY, DG.evidence.asNode(), Node.ANY));
        }
        CliRun broken = CliRun.of("check", "--store", store.toString());
        assertEquals(ExitCodes.FAILURE, broken.exitCode(), broken.toString());
        assertTrue(broken.err().contains("has no evidence"), broken.err());
    }

    @Test
    void checkNamesWhereTheSummaryOfFactsDiffersAndSummarizeRebuildsIt() throws IOException {
        Path store = dir.resolve("store");
        Path file = Files.writeString(dir.resolve("story.txt"), STORY);
        assertEquals(ExitCodes.OK, CliRun.of("ingest", "--store", store.toString(), file.toString()).exitCode());
        try (ArticleStore opened = ArticleStore.open(store)) {
            Txn.executeWrite(opened.dataset(), () -> opened.dataset().asDatasetGraph()
                    .deleteAny(Quad.defaultGraphIRI, Node.ANY, DG.articleCount.asNode(), Node.ANY));
        }

        CliRun broken = CliRun.of("check", "--store", store.toString());
        assertEquals(ExitCodes.FAILURE, broken.exitCode(), broken.toString());
        assertTrue(broken.err().contains("differs from the article graphs on <") && broken.err().contains(": missing <"
                + DG.articleCount.getURI() + "> \"1\""), broken.err());
        CliRun summarize = CliRun.of("summarize", "--store", store.toString());
        assertEquals(ExitCodes.OK, summarize.exitCode(), summarize.toString());
        assertEquals(ExitCodes.OK, CliRun.of("check", "--store", store.toString()).exitCode());
    }

    @Test
    void failsOnAMissingStore() {
        CliRun missing = CliRun.of("check", "--store", dir.resolve("none").toString());
        assertEquals(ExitCodes.FAILURE, missing.exitCode(), missing.toString());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void ingestRejectsFilesOverMaxBytesAndStoresTheRest() throws IOException {
        Path small = Files.writeString(dir.resolve("small.txt"), STORY);
        Path large = Files.writeString(dir.resolve("large.txt"), STORY.repeat(20));

        CliRun run = CliRun.of("ingest", "--store", dir.resolve("store").toString(), "--max-bytes", "1000",
                small.toString(), large.toString());

        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.toString());
        assertTrue(run.out().contains("  large.txt: File is too large"), run.out());
        assertTrue(run.out().contains("stored:         1"), run.out());
    }

    @Test
    void ingestRefusesAMaxBytesBelowOne() {
        CliRun run = CliRun.of("ingest", "--store", dir.resolve("store").toString(), "--max-bytes", "0",
                dir.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--max-bytes 0"), run.err());
    }

    @Test
    void ingestRefusesABatchBelowOneAndStoresEveryArticleInBatchesOfOne() throws IOException {
        CliRun refused = CliRun.of("ingest", "--store", dir.resolve("store").toString(), "--batch", "0", dir.toString());
        assertEquals(ExitCodes.USAGE, refused.exitCode(), refused.toString());
        assertTrue(refused.err().contains("--batch 0"), refused.err());
        CliRun noTransaction = CliRun.of("ingest", "--store", dir.resolve("store").toString(), "--max-transaction",
                "0", dir.toString());
        assertEquals(ExitCodes.USAGE, noTransaction.exitCode(), noTransaction.toString());
        assertTrue(noTransaction.err().contains("--max-transaction 0"), noTransaction.err());

        Path first = Files.writeString(dir.resolve("first.txt"), STORY);
        Path second = Files.writeString(dir.resolve("second.txt"), STORY + " It was the second report.");
        CliRun run = CliRun.of("ingest", "--store", dir.resolve("store").toString(), "--batch", "1",
                first.toString(), second.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("stored:         2"), run.out());
    }

    @Test
    void ingestShowsControlCharactersOfRejectedFileNames() throws IOException {
        Path odd = Files.writeString(dir.resolve("odd\u001b[2Jname.txt"), "");
        CliRun run = CliRun.of("ingest", "--store", dir.resolve("store").toString(), odd.toString());
        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.toString());
        assertTrue(run.out().contains("odd\\u001B[2Jname.txt: File is empty"), run.out());
    }
}
