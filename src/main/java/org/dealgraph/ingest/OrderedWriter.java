package org.dealgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.dealgraph.model.ArticleId;
import org.dealgraph.store.ArticleStore;
import org.dealgraph.store.GraphWrite;
import org.dealgraph.store.OpenWrite;

/**
 * The writing side of an ingest: takes the inputs in input order, waits for each article's stages, and
 * writes the articles' graphs in batches. Batches of new articles go into one write transaction held open
 * until it holds as many articles as {@link TransactionSize} asks for, then committed; the quads of a batch
 * are let go once written, so memory holds one batch however large the transaction grows. A batch that
 * replaces stored articles gets a transaction of its own, and if that fails its articles are written again
 * one transaction each, so that one bad article is rejected alone. Outcomes are told in input order, once
 * the transaction that holds them is committed.
 */
final class OrderedWriter implements AutoCloseable {

    private final ArticleStore store;
    private final StageClock clock;
    private final int batchQuads;
    private final TransactionSize transactions;
    private final Consumer<IngestOutcome> outcomes;
    private final IntConsumer waiting;
    private final List<Slot> held = new ArrayList<>();
    private final List<Slot> untold = new ArrayList<>();
    private final Map<ArticleId, IngestOutcome.Rejected> rejectedInRun = new HashMap<>();
    private int heldArticles;
    private int heldQuads;
    private long articlesInStore;
    private OpenWrite open;
    private int openArticles;

    OrderedWriter(ArticleStore store, StageClock clock, int batchQuads,
                  TransactionSize transactions, Consumer<IngestOutcome> outcomes, IntConsumer waiting) {
        this.store = store;
        this.clock = clock;
        this.batchQuads = batchQuads;
        this.transactions = transactions;
        this.outcomes = outcomes;
        this.waiting = waiting;
        this.articlesInStore = store.articleCount();
    }

    /** Takes the next input; writes the batch when it is full. */
    void accept(Pending pending) throws InterruptedException {
        if (pending instanceof Pending.Done done) {
            held.add(new Slot(null, null, done.outcome()));
        } else if (pending instanceof Pending.Repeat repeat) {
            held.add(new Slot(repeat.id(), null, new IngestOutcome.Unchanged(repeat.source())));
        } else if (pending instanceof Pending.Working working) {
            held.add(finish(working));
        } else if (pending instanceof Pending.Failed failed) {
            throw rethrow(failed.error());
        } else {
            throw new IllegalStateException("nothing is accepted after the end");
        }
        if (heldArticles >= transactions.min() || heldQuads >= batchQuads) {
            writeHeld();
        }
    }

    /** Writes what is held, commits the open transaction and tells every outcome still untold. */
    void finish() {
        writeHeld();
        commit();
    }

    /** Throws away a transaction left open by a failure: none of its articles was told as stored. */
    @Override
    public void close() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private void writeHeld() {
        List<MappedArticle> batch = held.stream().filter(slot -> slot.mapped != null).map(Slot::mapped).toList();
        Map<ArticleId, IngestOutcome.Rejected> failed = clock.time(Stage.STORE, () -> write(batch));
        for (Slot slot : held) {
            untold.add(slot.written(failed));
        }
        held.clear();
        heldArticles = 0;
        heldQuads = 0;
        if (open == null) {
            tellUntold();
        } else if (openArticles >= transactions.articles(articlesInStore)) {
            commit();
        } else {
            waiting.accept(untold.size());
        }
    }

    /** Writes {@code batch}; returns the articles that failed. */
    private Map<ArticleId, IngestOutcome.Rejected> write(List<MappedArticle> batch) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        List<GraphWrite> writes = batch.stream().map(MappedArticle::write).toList();
        if (store.holdsAny(writes.stream().map(GraphWrite::graph).toList())) {
            commit();
            return writeAlone(batch, writes);
        }
        if (open == null) {
            open = store.beginWrite();
            openArticles = 0;
        }
        try {
            store.write(writes);
            openArticles += batch.size();
            return Map.of();
        } catch (RuntimeException e) {
            close();
            return abandon(batch, e);
        }
    }

    /** Writes a batch that replaces stored articles in a transaction of its own, or one by one if that fails. */
    private Map<ArticleId, IngestOutcome.Rejected> writeAlone(List<MappedArticle> batch, List<GraphWrite> writes) {
        try {
            store.write(writes);
            return Map.of();
        } catch (RuntimeException batchFailed) {
            Map<ArticleId, IngestOutcome.Rejected> failed = new HashMap<>();
            for (MappedArticle m : batch) {
                try {
                    store.write(List.of(m.write()));
                } catch (RuntimeException e) {
                    failed.put(m.id(), new IngestOutcome.Rejected(m.source(), "the store stage failed: " + e.getMessage()));
                }
            }
            return failed;
        }
    }

    /**
     * After the open transaction failed: its articles, written earlier and this batch's, were all thrown
     * away with it, and are rejected (a new articles' batch only adds quads, so the failure is the store's).
     */
    private Map<ArticleId, IngestOutcome.Rejected> abandon(List<MappedArticle> batch, RuntimeException e) {
        String reason = "not stored, the store failed while writing its transaction (run the ingest again): "
                + e.getMessage();
        untold.replaceAll(slot -> slot.outcome instanceof IngestOutcome.Stored stored
                ? new Slot(slot.id, null, new IngestOutcome.Rejected(stored.source(), reason)) : slot);
        Map<ArticleId, IngestOutcome.Rejected> failed = new HashMap<>();
        batch.forEach(m -> failed.put(m.id(), new IngestOutcome.Rejected(m.source(), reason)));
        return failed;
    }

    /** Commits the open transaction, if there is one, and tells the outcomes it held. */
    private void commit() {
        if (open != null) {
            clock.time(Stage.STORE, () -> {
                open.commit();
                return null;
            });
            open = null;
            articlesInStore += openArticles;
            openArticles = 0;
        }
        tellUntold();
    }

    private void tellUntold() {
        for (Slot slot : untold) {
            outcomes.accept(outcome(slot));
        }
        untold.clear();
    }

    private Slot finish(Pending.Working working) throws InterruptedException {
        try {
            MappedArticle mapped = working.result().get();
            heldArticles++;
            heldQuads += mapped.quads().size();
            return new Slot(working.id(), mapped, null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StageFailure failure) {
                return new Slot(working.id(), null, new IngestOutcome.Rejected(working.source(), failure.getMessage()));
            }
            throw rethrow(e.getCause());
        }
    }

    /** The outcome of one slot, now that its transaction is committed; a repeat ends as its article last did. */
    private IngestOutcome outcome(Slot slot) {
        IngestOutcome outcome = slot.outcome;
        if (outcome instanceof IngestOutcome.Unchanged unchanged && slot.id != null
                && rejectedInRun.containsKey(slot.id)) {
            outcome = new IngestOutcome.Rejected(unchanged.source(), rejectedInRun.get(slot.id).reason());
        }
        if (slot.id != null) {
            if (outcome instanceof IngestOutcome.Rejected rejected) {
                rejectedInRun.put(slot.id, rejected);
            } else {
                rejectedInRun.remove(slot.id);
            }
        }
        return outcome;
    }

    private static RuntimeException rethrow(Throwable error) {
        if (error instanceof Error e) {
            throw e;
        }
        return error instanceof RuntimeException e ? e : new IllegalStateException(error);
    }

    /**
     * One input on its way: an article to write (its mapped graph, until written), or an outcome, known from
     * the start or once the article is written.
     */
    private record Slot(ArticleId id, MappedArticle mapped, IngestOutcome outcome) {

        /** This slot once its batch is written: the quads let go, the outcome known. */
        Slot written(Map<ArticleId, IngestOutcome.Rejected> failed) {
            if (mapped == null) {
                return this;
            }
            IngestOutcome result = failed.containsKey(mapped.id()) ? failed.get(mapped.id())
                    : new IngestOutcome.Stored(mapped.source(), mapped.id(), mapped.facts(), mapped.quads().size());
            return new Slot(id, null, result);
        }
    }
}
