package org.dealgraph.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;
import org.apache.jena.system.Txn;
import org.dealgraph.model.Article;
import org.dealgraph.model.ArticleId;
import org.dealgraph.read.ReadResult;
import org.dealgraph.store.ArticleStore;

/**
 * The reading side of an ingest, on its own thread: reads the inputs one by one as a stream (never all at
 * once), looks up the stored content hashes of a batch of articles in one read transaction, hands changed
 * articles to the workers, and queues every input, in order, for the writer. The queue is bounded, so
 * reading stays only a little ahead of writing.
 */
final class Feeder implements Runnable {

    /** Articles whose stored hashes are looked up in one read transaction. */
    private static final int CHECK_BATCH = 64;

    private final Pipeline pipeline;
    private final ArticleStore store;
    private final StageClock clock;
    private final List<Path> paths;
    private final ExecutorService workers;
    private final BlockingQueue<Pending> queue;
    /** The content hash each article id had when last seen in this run. */
    private final Map<ArticleId, String> seen = new HashMap<>();

    Feeder(Pipeline pipeline, ArticleStore store, StageClock clock, List<Path> paths, ExecutorService workers,
           BlockingQueue<Pending> queue) {
        this.pipeline = pipeline;
        this.store = store;
        this.clock = clock;
        this.paths = List.copyOf(paths);
        this.workers = workers;
        this.queue = queue;
    }

    @Override
    public void run() {
        try {
            feed();
            queue.put(new Pending.End());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            handOver(e);
        }
    }

    /** Passes a bug on to the writer, which rethrows it on the ingesting thread. */
    private void handOver(Throwable e) {
        try {
            queue.put(new Pending.Failed(e));
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void feed() throws InterruptedException {
        try (Stream<ReadResult> inputs = pipeline.reader().read(paths)) {
            Iterator<ReadResult> next = inputs.iterator();
            List<ReadResult> batch = new ArrayList<>(CHECK_BATCH);
            while (clock.time(Stage.READ, next::hasNext)) {
                batch.add(clock.time(Stage.READ, next::next));
                if (batch.size() == CHECK_BATCH) {
                    dispatch(batch);
                    batch.clear();
                }
            }
            dispatch(batch);
        }
    }

    private void dispatch(List<ReadResult> batch) throws InterruptedException {
        List<Optional<String>> stored = clock.time(Stage.CHECK, () -> storedHashes(batch));
        for (int i = 0; i < batch.size(); i++) {
            queue.put(pending(batch.get(i), stored.get(i)));
        }
    }

    /** The stored hash of each article of {@code batch} (empty for rejected inputs), in one transaction. */
    private List<Optional<String>> storedHashes(List<ReadResult> batch) {
        return Txn.calculateRead(store.dataset(), () -> batch.stream()
                .map(input -> input instanceof ReadResult.Read read
                        ? store.storedHash(pipeline.graphOf(read.article())) : Optional.<String>empty())
                .toList());
    }

    private Pending pending(ReadResult input, Optional<String> storedHash) {
        if (input instanceof ReadResult.Rejected rejected) {
            return new Pending.Done(new IngestOutcome.Rejected(rejected.source(), rejected.reason()));
        }
        Article article = ((ReadResult.Read) input).article();
        String earlier = seen.put(article.id(), article.contentHash());
        if (earlier != null) {
            return earlier.equals(article.contentHash()) ? new Pending.Repeat(article.source(), article.id())
                    : submit(article);
        }
        if (storedHash.isPresent() && storedHash.get().equals(article.contentHash())) {
            return new Pending.Done(new IngestOutcome.Unchanged(article.source()));
        }
        return submit(article);
    }

    private Pending submit(Article article) {
        return new Pending.Working(article.source(), article.id(),
                workers.submit(() -> pipeline.process(article, clock)));
    }
}
