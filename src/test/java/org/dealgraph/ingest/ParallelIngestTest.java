package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several workers and batched writes give the same graph and the same outcomes as one worker. */
class ParallelIngestTest {

    private static final List<String> STORIES = List.of(
            "Quillfeather Robotics raised $40 million in a Series B round led by Brackenridge Capital.",
            "Lanternfish AI has agreed to acquire Mossbank Systems for $120 million.",
            "Copperleaf Compute signed a $2 billion agreement with Harrowgate Cloud to rent chips for five years.",
            "Tamsin Orlov, the chief executive of Quillfeather Robotics, said the company would hire 200 people.",
            "Driftwood Labs is a subsidiary of Copperleaf Compute.",
            "Brackenridge Capital invested €15 million in Lanternfish AI on Monday.",
            "Harrowgate Cloud and Lanternfish AI announced a partnership on Tuesday.",
            "Mossbank Systems raised £8 million from Kestrel Ventures and Brackenridge Capital.",
            "Elias Brandt was named chief technology officer of Driftwood Labs.",
            "Copperleaf Compute completed its purchase of Driftwood Labs in March 2024.");

    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadPipeline() {
        pipeline = Pipeline.standard();
    }

    @Test
    void severalWorkersGiveTheSameGraphAndOutcomesAsOne() throws IOException {
        List<Path> files = writeStories();
        try (ArticleStore one = ArticleStore.inMemory(); ArticleStore three = ArticleStore.inMemory()) {
            List<IngestOutcome> sequential = new ArrayList<>();
            List<IngestOutcome> parallel = new ArrayList<>();
            IngestReport a = new Ingestor(pipeline, one, 1, 1).ingest(files, recorder(sequential));
            IngestReport b = new Ingestor(pipeline, three, 3, 4).ingest(files, recorder(parallel));

            assertEquals(STORIES.size(), a.stored(), a.toString());
            assertEquals(sequential, parallel, "same outcomes, in input order");
            assertEquals(a.quads(), b.quads());
            assertTrue(IsoMatcher.isomorphic(copy(one), copy(three)), "the two stores hold isomorphic datasets");
        }
    }

    @Test
    void secondRunIsAllUnchangedAndChangesNothing() throws IOException {
        List<Path> files = writeStories();
        try (ArticleStore store = ArticleStore.inMemory()) {
            Ingestor ingestor = new Ingestor(pipeline, store, 2, 3);
            IngestReport first = ingestor.ingest(files);
            DatasetGraph before = copy(store);
            IngestReport second = ingestor.ingest(files);

            assertEquals(STORIES.size(), first.stored());
            assertEquals(STORIES.size(), second.unchanged(), second.toString());
            assertEquals(0, second.quads());
            assertTrue(IsoMatcher.isomorphic(before, copy(store)));
        }
    }

    @Test
    void theSameArticleTwiceInOneRunIsStoredOnceThenUnchanged() throws IOException {
        Path file = Files.writeString(dir.resolve("once.txt"), "Lanternfish AI buys Mossbank\n\n" + STORIES.get(1) + "\n");
        List<IngestOutcome> seen = new ArrayList<>();
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(pipeline, store, 2, 8).ingest(List.of(file, file), recorder(seen));

            assertInstanceOf(IngestOutcome.Stored.class, seen.get(0));
            assertInstanceOf(IngestOutcome.Unchanged.class, seen.get(1));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void rejectedInputsKeepTheirPlaceAmongStoredOnes() throws IOException {
        List<Path> files = new ArrayList<>(writeStories());
        files.add(3, dir.resolve("missing.txt"));
        List<IngestOutcome> seen = new ArrayList<>();
        try (ArticleStore store = ArticleStore.inMemory()) {
            IngestReport report = new Ingestor(pipeline, store, 2, 4).ingest(files, recorder(seen));

            assertEquals(1, report.rejected().size());
            assertInstanceOf(IngestOutcome.Rejected.class, seen.get(3));
            assertEquals(STORIES.size(), store.articleCount());
        }
    }

    private List<Path> writeStories() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < STORIES.size(); i++) {
            String text = "Story number " + (i + 1) + "\n\n" + STORIES.get(i) + "\n";
            files.add(Files.writeString(dir.resolve(String.format("story-%02d.txt", i)), text));
        }
        return files;
    }

    private static DatasetGraph copy(ArticleStore store) {
        return store.read(ds -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
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
