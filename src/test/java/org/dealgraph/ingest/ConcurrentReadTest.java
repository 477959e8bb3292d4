package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries running while an ingest writes see whole articles only, and never fail. */
class ConcurrentReadTest {

    private static final int ARTICLES = 30;
    private static final String COUNT = "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a <https://w3id.org/dealgraph/ns#contentHash> ?h }";

    @TempDir
    Path dir;

    @Test
    void readersDuringAnIngestNeverSeeAPartialArticle() throws Exception {
        new CorpusGenerator(23, ARTICLES, 60).write(dir.resolve("corpus"));
        Pipeline pipeline = Pipeline.standard();
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<List<Long>> reader = CompletableFuture.supplyAsync(() -> watch(store, writing));
            IngestReport report;
            try {
                report = new Ingestor(pipeline, store, 2, 3).ingest(List.of(dir.resolve("corpus")));
            } finally {
                writing.set(false);
            }
            List<Long> seen = reader.get(60, TimeUnit.SECONDS);

            assertEquals(ARTICLES, report.stored(), report.toString());
            assertTrue(seen.stream().anyMatch(n -> n > 0 && n < ARTICLES), "the reader saw the ingest under way: " + seen);
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i - 1) <= seen.get(i), "articles only come, never go: " + seen);
            }
        }
    }

    /** Checks the store and counts its articles by SPARQL, each time in one read transaction, until writing ends. */
    private static List<Long> watch(ArticleStore store, AtomicBoolean writing) {
        List<Long> counts = new ArrayList<>();
        while (writing.get()) {
            long n = Txn.calculateRead(store.dataset(), () -> {
                List<String> problems = store.check();
                assertEquals(List.of(), problems, "a reader saw a partial article");
                try (QueryExecution count = QueryExecution.dataset(store.dataset()).query(COUNT).build()) {
                    return count.execSelect().next().getLiteral("n").getLong();
                }
            });
            counts.add(n);
        }
        return counts;
    }
}
