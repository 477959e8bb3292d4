package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    private static final String FIRST_TEXT = "Orbital Compute signs a cloud deal with Helios Systems\n\n"
            + "Orbital Compute said on Monday it had agreed a $2 billion deal with Helios Systems to rent "
            + "graphics chips for five years. Maria Okafor, the chief executive of Orbital Compute, said the "
            + "agreement would double its capacity.\n";
    private static final String CHANGED_TEXT = "Orbital Compute buys Tern Robotics\n\n"
            + "Orbital Compute has acquired Tern Robotics for $300 million, the companies said on Tuesday.\n";

    private static Pipeline pipeline;

    @TempDir
    Path dir;
    private ArticleStore store;

    @BeforeAll
    static void loadPipeline() {
        pipeline = Pipeline.standard();
    }

    @BeforeEach
    void openStore() {
        store = ArticleStore.inMemory();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void rejectedFileIsReportedAndTheOthersAreStored() throws IOException {
        Path good = Files.writeString(dir.resolve("deal.txt"), FIRST_TEXT);
        Path bad = Files.writeString(dir.resolve("broken.json"), "{ \"title\": \"no closing brace\"");
        List<IngestOutcome> seen = new ArrayList<>();
        IngestReport report = new Ingestor(pipeline, store).ingest(List.of(bad, good), recorder(seen));

        assertEquals(2, report.read());
        assertEquals(1, report.stored());
        assertEquals(1, report.rejected().size());
        assertTrue(report.rejected().get(0).source().contains("broken.json"), report.toString());
        assertInstanceOf(IngestOutcome.Rejected.class, seen.get(0));
        assertInstanceOf(IngestOutcome.Stored.class, seen.get(1));
        assertEquals(1, store.articleCount());
        assertTrue(report.triples() > 0, report.toString());
    }

    @Test
    void secondIngestOfTheSameFilesIsUnchanged() throws IOException {
        Path good = Files.writeString(dir.resolve("deal.txt"), FIRST_TEXT);
        Ingestor ingestor = new Ingestor(pipeline, store);
        IngestReport first = ingestor.ingest(List.of(good));
        IngestReport second = ingestor.ingest(List.of(good));

        assertEquals(1, first.stored());
        assertEquals(0, second.stored());
        assertEquals(1, second.unchanged());
        assertEquals(first.triples(), second.triples());
    }

    @Test
    void changedTextReplacesTheArticleGraph() throws IOException {
        Path file = Files.writeString(dir.resolve("story.md"), "---\nurl: https://example.org/news/story\n---\n"
                + FIRST_TEXT);
        Ingestor ingestor = new Ingestor(pipeline, store);
        ingestor.ingest(List.of(file));
        Files.writeString(file, "---\nurl: https://example.org/news/story\n---\n" + CHANGED_TEXT);
        IngestReport changed = ingestor.ingest(List.of(file));

        assertEquals(1, changed.stored(), changed.toString());
        assertEquals(1, store.articleCount(), "the same article, by its URL, is replaced, not added");
        try (ArticleStore fresh = ArticleStore.inMemory()) {
            new Ingestor(pipeline, fresh).ingest(List.of(file));
            assertEquals(quads(fresh), quads(store), "nothing of the old text is left");
        }
    }

    @Test
    void storedOutcomeCountsTheQuadsWritten() throws IOException {
        Path good = Files.writeString(dir.resolve("deal.txt"), FIRST_TEXT);
        List<IngestOutcome> seen = new ArrayList<>();
        new Ingestor(pipeline, store).ingest(List.of(good), recorder(seen));

        IngestOutcome.Stored stored = assertInstanceOf(IngestOutcome.Stored.class, seen.get(0));
        assertEquals(quads(store).size(), stored.quads());
    }

    /** The quads of the store's article graphs (not the default graph's record of its IRI base and summary of facts). */
    private static Set<Quad> quads(ArticleStore store) {
        return store.read(ds -> ds.asDatasetGraph().stream().filter(q -> !q.isDefaultGraph())
                .collect(Collectors.toSet()));
    }

    private static IngestListener recorder(List<IngestOutcome> seen) {
        return new IngestListener() {
            @Override
            public void finished(IngestOutcome outcome, int done) {
                seen.add(outcome);
                assertEquals(seen.size(), done);
            }
        };
    }
}
