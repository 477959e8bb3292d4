package org.dealgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.dealgraph.store.ArticleStore;

/**
 * Ingests files into a store: every input gets exactly one {@link IngestOutcome}, told in input order.
 *
 * <p>Three kinds of thread share the work. One reads the inputs as a stream and skips, before any analysis,
 * every article whose stored content hash matches (one read transaction per batch of articles). Workers take
 * the other articles through the stages ({@link Pipeline#process}) in parallel. The calling thread is the one
 * writer: it takes the results in input order and writes several articles' graphs per write transaction,
 * each graph whole or not at all. A bounded queue between reading and writing keeps memory flat however many
 * inputs there are. Since writes happen in input order, the final graph does not depend on the number of
 * workers. A stage failing on one article rejects that article, and the run goes on.
 */
public final class Ingestor {

    /**
     * Articles written together, and the fewest a write transaction takes, unless told otherwise: the
     * graphs of a batch are sorted into TDB2's index orders and written together, and only a batch is held in
     * memory. A transaction goes on over several batches until it holds as many articles as the store did
     * (see {@link TransactionSize}). A killed ingest loses at most the transaction it was writing (every
     * article stored before stays whole, and a re-run completes the rest).
     */
    public static final int BATCH_ARTICLES = 512;
    /** The most articles a write transaction takes, unless told otherwise. */
    public static final int MAX_TRANSACTION_ARTICLES = 16_384;
    /** Quads held in memory for one batch, roughly at most (a batch closes once it reaches this). */
    static final int BATCH_QUADS = 200_000;

    private final Pipeline pipeline;
    private final ArticleStore store;
    private final int workers;
    private final TransactionSize transactions;

    /** An ingestor with one worker per processor. */
    public Ingestor(Pipeline pipeline, ArticleStore store) {
        this(pipeline, store, Runtime.getRuntime().availableProcessors());
    }

    /** An ingestor with {@code workers} threads running the text stages. */
    public Ingestor(Pipeline pipeline, ArticleStore store, int workers) {
        this(pipeline, store, workers, BATCH_ARTICLES);
    }

    /**
     * An ingestor with {@code workers} threads, writing batches of {@code batchArticles} articles, in
     * transactions of at least one batch and at most {@link #MAX_TRANSACTION_ARTICLES} articles (or the batch,
     * if that is larger).
     */
    public Ingestor(Pipeline pipeline, ArticleStore store, int workers, int batchArticles) {
        this(pipeline, store, workers, batchArticles, Math.max(batchArticles, MAX_TRANSACTION_ARTICLES));
    }

    /**
     * An ingestor with {@code workers} threads, writing batches of {@code batchArticles} articles, in
     * transactions of between {@code batchArticles} and {@code maxTransactionArticles} articles. It mints
     * under the store's IRI base ({@link ArticleStore#iris()}), whatever base the pipeline's mapper has.
     */
    public Ingestor(Pipeline pipeline, ArticleStore store, int workers, int batchArticles, int maxTransactionArticles) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline").mintingUnder(store.iris());
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1: " + workers);
        }
        this.workers = workers;
        this.transactions = new TransactionSize(batchArticles, maxTransactionArticles);
    }

    /** Ingests the files and folders {@code paths}, telling {@code listener} of each outcome. */
    public IngestReport ingest(List<Path> paths, IngestListener listener) {
        long start = System.nanoTime();
        StageClock clock = new StageClock();
        IngestTally tally = new IngestTally();
        listener.started();
        BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(workers * 16 + transactions.min());
        ExecutorService pool = Executors.newFixedThreadPool(workers, threads("dealgraph-ingest-"));
        Thread reader = threads("dealgraph-read-").newThread(new Feeder(pipeline, store, clock, paths, pool, queue));
        reader.start();
        try (OrderedWriter writer = new OrderedWriter(store, clock, BATCH_QUADS, transactions,
                outcome -> {
                    tally.add(outcome);
                    listener.finished(outcome, tally.count());
                }, listener::waiting)) {
            drain(queue, writer, listener);
        } finally {
            reader.interrupt();
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        listener.ended(tally.count());
        return tally.report(StoreCounts.triples(store), seconds, clock.times());
    }

    /** Ingests {@code paths} without following the progress. */
    public IngestReport ingest(List<Path> paths) {
        return ingest(paths, IngestListener.NONE);
    }

    private static void drain(BlockingQueue<Pending> queue, OrderedWriter writer, IngestListener listener) {
        try {
            int through = 0;
            for (Pending next = queue.take(); !(next instanceof Pending.End); next = queue.take()) {
                writer.accept(next);
                listener.through(++through);
            }
            writer.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the ingest was interrupted", e);
        }
    }

    private static ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
