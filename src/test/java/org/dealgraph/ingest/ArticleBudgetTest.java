package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article over its budget is rejected with the limit it broke, and the rest of the batch is stored. */
class ArticleBudgetTest {

    private static final String NEWS = "Orbital Compute has acquired Tern Robotics for $300 million, the "
            + "companies said on Tuesday. Maria Okafor, the chief executive of Orbital Compute, said the deal "
            + "would double its capacity.\n";

    private static Pipeline pipeline;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadPipeline() {
        pipeline = Pipeline.standard();
    }

    @Test
    void aSentenceOverTheLimitRejectsItsArticleOnly() throws IOException {
        Path news = Files.writeString(dir.resolve("news.txt"), NEWS);
        Path table = Files.writeString(dir.resolve("table.txt"), "Orbital Compute listed "
                + "[ ".repeat(300) + "in one line.\n");
        IngestReport report = ingest(new ArticleBudget(200, 1_000, Duration.ofMinutes(1)), news, table);

        assertEquals(1, report.stored(), report.toString());
        assertEquals(1, report.rejected().size(), report.toString());
        IngestOutcome.Rejected rejected = report.rejected().get(0);
        assertTrue(rejected.source().endsWith("table.txt"), rejected.toString());
        assertTrue(rejected.reason().contains("sentence 1 has 307 tokens, over the limit of 200 "
                + "(--max-sentence-tokens)"), rejected.reason());
    }

    @Test
    void tooManyMentionsRejectTheArticle() throws IOException {
        StringBuilder names = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            names.append("Tern Robotics bought a stake in Helios Systems on Monday. ");
        }
        Path crowded = Files.writeString(dir.resolve("crowded.txt"), names.toString());
        IngestReport report = ingest(new ArticleBudget(1_000, 50, Duration.ofMinutes(1)), crowded);

        assertEquals(0, report.stored(), report.toString());
        String reason = report.rejected().get(0).reason();
        assertTrue(reason.startsWith("over the article budget: it has ") && reason.endsWith(
                "mentions, over the limit of 50 (--max-mentions)"), reason);
    }

    @Test
    void anArticleOverItsTimeIsRejectedNamingTheStage() throws IOException {
        Path news = Files.writeString(dir.resolve("news.txt"), NEWS);
        IngestReport report = ingest(new ArticleBudget(1_000, 1_000, Duration.ofNanos(1)), news);

        assertEquals(0, report.stored(), report.toString());
        assertTrue(report.rejected().get(0).reason().contains("up to the end of the analyse stage, over the "
                + "limit of 0 s (--max-seconds)"), report.rejected().get(0).reason());
    }

    @Test
    void withinTheDefaultsANewsArticleIsStored() throws IOException {
        Path news = Files.writeString(dir.resolve("news.txt"), NEWS);
        assertEquals(1, ingest(ArticleBudget.defaults(), news).stored());
    }

    private static IngestReport ingest(ArticleBudget budget, Path... files) {
        try (ArticleStore store = ArticleStore.inMemory()) {
            return new Ingestor(pipeline.withBudget(budget), store).ingest(List.of(files));
        }
    }
}
