package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real ingest, in its own JVM, killed (SIGKILL) at seeded random moments from its very start (store
 * creation included: a kill there once left files TDB2 could not open), again and again: after every kill
 * the store opens and passes the consistency check, and a last run without interruption completes the corpus
 * with the same graph as an ingest that was never interrupted. Whenever a run completes the corpus before
 * its kill, its articles are removed (the store's files stay), so that later kills interrupt writes again.
 */
@Tag("integration")
class CrashSafetyTest {

    private static final int ARTICLES = 200;
    private static final int KILLS = 20;
    /**
     * Articles per write transaction (batch and largest transaction alike, so that transactions do not grow
     * with the store): small, so that a kill can fall between the corpus's transactions.
     */
    private static final int BATCH = 32;
    private static final int MAX_LAUNCHES = 80;
    /** The narrowest range of kill times, in milliseconds, before it opens again. */
    private static final long MIN_RANGE_MILLIS = 400;

    @TempDir
    Path dir;

    @Test
    void killedIngestsLeaveAConsistentStoreAndARerunCompletesIt() throws Exception {
        Path corpus = dir.resolve("corpus");
        new CorpusGenerator(41, ARTICLES, 40).write(corpus);
        Path store = dir.resolve("store");
        Random random = new Random(20240611L);
        // kills fall within the time a whole uninterrupted run takes on this machine, measured first (in a
        // store of its own, so that the first kills below still land in store creation)
        long calibrated = timedRun(dir.resolve("calibration"), corpus);
        // each kill falls at a random time between the latest kill that found no article yet (lo) and the earliest
        // launch that had written them all (hi), so the kills close in on the writes, which take a small part of a
        // launch (most of it is the JVM's start and the models' loading); a launch may run slower or faster than
        // the ones before it, so a range that has grown too narrow opens again around its middle
        long lo = 0;
        long hi = calibrated;
        List<Long> countsAtKills = new ArrayList<>();
        for (int launch = 0; launch < MAX_LAUNCHES && countsAtKills.size() < KILLS; launch++) {
            if (hi - lo < MIN_RANGE_MILLIS) {
                long middle = (lo + hi) / 2;
                lo = Math.max(0, middle - MIN_RANGE_MILLIS);
                hi = middle + MIN_RANGE_MILLIS;
            }
            long delay = lo + random.nextLong(hi - lo);
            Process ingest = start(store, corpus, ProcessBuilder.Redirect.DISCARD);
            boolean ended = ingest.waitFor(delay, TimeUnit.MILLISECONDS);
            if (!ended) {
                ingest.destroyForcibly().waitFor();
            }
            long articles = assertConsistent(store);
            if (!ended) {
                countsAtKills.add(articles);
            }
            if (!ended && articles == 0) {
                lo = delay;
            } else if (ended || articles == ARTICLES) {
                hi = Math.max(lo + 1, delay);
            }
            if (articles == ARTICLES) {
                // the run wrote the whole corpus before its end or its kill: remove the articles so that
                // the kills that follow interrupt writes again
                emptyOut(store);
            }
        }
        assertEquals(KILLS, countsAtKills.size(), "kills that landed while the ingest ran: " + countsAtKills);
        assertTrue(countsAtKills.stream().anyMatch(n -> n > 0 && n < ARTICLES),
                "some kills landed while articles were being written (kills from " + calibrated + " ms calibrated): "
                        + countsAtKills);

        Path log = dir.resolve("last-run.txt");
        Process last = start(store, corpus, ProcessBuilder.Redirect.to(log.toFile()));
        assertTrue(last.waitFor(60, TimeUnit.SECONDS), "the last run ends");
        assertEquals(ExitCodes.OK, last.exitValue(), Files.readString(log));
        assertEquals(ARTICLES, assertConsistent(store));
        assertTrue(IsoMatcher.isomorphic(uninterrupted(corpus), contents(store)),
                "the same graph as an ingest never interrupted");
    }

    /** Runs a whole ingest of the corpus into a new store and returns how long it took, in milliseconds. */
    private static long timedRun(Path store, Path corpus) throws Exception {
        long started = System.nanoTime();
        Process run = start(store, corpus, ProcessBuilder.Redirect.DISCARD);
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "the calibration run ends");
        assertEquals(ExitCodes.OK, run.exitValue(), "the calibration run");
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Starts {@code dealgraph ingest} in a JVM of its own, on this test's class path. */
    private static Process start(Path store, Path corpus, ProcessBuilder.Redirect output) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classPath, Main.class.getName(), "ingest",
                "--store", store.toString(), "--workers", "2", "--batch", String.valueOf(BATCH),
                "--max-transaction", String.valueOf(BATCH), corpus.toString())
                .redirectErrorStream(true).redirectOutput(output).start();
    }

    private static void emptyOut(Path store) {
        try (ArticleStore opened = ArticleStore.open(store)) {
            opened.removeAll(opened.articles().stream().map(a -> a.graph()).toList());
        }
    }

    /** Opens the store as a new process would, checks it, and returns how many articles it holds. */
    private static long assertConsistent(Path store) {
        if (!Files.exists(store)) {
            return 0;
        }
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertEquals(List.of(), opened.check(), "the store after a kill");
            return opened.articleCount();
        }
    }

    private static DatasetGraph uninterrupted(Path corpus) {
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(corpus));
            return copy(store);
        }
    }

    private static DatasetGraph contents(Path directory) {
        try (ArticleStore store = ArticleStore.open(directory)) {
            return copy(store);
        }
    }

    private static DatasetGraph copy(ArticleStore store) {
        return store.read(ds -> {
            DatasetGraph copy = DatasetGraphFactory.create();
            ds.asDatasetGraph().find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
