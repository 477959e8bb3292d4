package org.dealgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.model.ArticleId;
import org.dealgraph.store.ArticleStore;

/**
 * The writing side of an ingest: takes the inputs in input order, waits for each article's stages, and
 * writes the articles' graphs in batches, several articles per write transaction. Each article's graph is
 * still whole or absent: if a batch fails, its articles are written again one transaction each, so that
 * one bad article is rejected alone. Outcomes are told in input order, once their batch is written.
 */
final class OrderedWriter {

    private final ArticleStore store;
    private final StageClock clock;
    private final int batchArticles;
    private final int batchQuads;
    private final Consumer<IngestOutcome> outcomes;
    private final List<Slot> held = new ArrayList<>();
    private final Map<ArticleId, IngestOutcome.Rejected> rejectedInRun = new HashMap<>();
    private int heldArticles;
    private int heldQuads;

    OrderedWriter(ArticleStore store, StageClock clock, int batchArticles, int batchQuads,
                  Consumer<IngestOutcome> outcomes) {
        this.store = store;
        this.clock = clock;
        this.batchArticles = batchArticles;
        this.batchQuads = batchQuads;
        this.outcomes = outcomes;
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
        if (heldArticles >= batchArticles || heldQuads >= batchQuads) {
            flush();
        }
    }

    /** Writes what is held and tells its outcomes. */
    void flush() {
        List<MappedArticle> batch = held.stream().filter(slot -> slot.mapped != null).map(slot -> slot.mapped).toList();
        Map<ArticleId, IngestOutcome.Rejected> failed = clock.time(Stage.STORE, () -> write(batch));
        for (Slot slot : held) {
            outcomes.accept(outcome(slot, failed));
        }
        held.clear();
        heldArticles = 0;
        heldQuads = 0;
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

    /** Writes {@code batch} in one transaction or, if that fails, one by one; returns the articles that failed. */
    private Map<ArticleId, IngestOutcome.Rejected> write(List<MappedArticle> batch) {
        if (batch.isEmpty()) {
            return Map.of();
        }
        try {
            Map<Node, List<Quad>> graphs = new LinkedHashMap<>();
            batch.forEach(m -> graphs.put(m.graph(), m.quads()));
            store.replaceAll(graphs);
            return Map.of();
        } catch (RuntimeException batchFailed) {
            Map<ArticleId, IngestOutcome.Rejected> failed = new HashMap<>();
            for (MappedArticle m : batch) {
                try {
                    store.replace(m.graph(), m.quads());
                } catch (RuntimeException e) {
                    failed.put(m.id(), new IngestOutcome.Rejected(m.source(), "the store stage failed: " + e.getMessage()));
                }
            }
            return failed;
        }
    }

    /** The outcome of one slot, now that its batch is written; a repeat ends as its article last did. */
    private IngestOutcome outcome(Slot slot, Map<ArticleId, IngestOutcome.Rejected> failed) {
        IngestOutcome outcome = slot.outcome;
        if (slot.mapped != null) {
            MappedArticle m = slot.mapped;
            outcome = failed.containsKey(m.id()) ? failed.get(m.id())
                    : new IngestOutcome.Stored(m.source(), m.id(), m.facts(), m.quads().size());
        } else if (outcome instanceof IngestOutcome.Unchanged unchanged && slot.id != null
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

    /** One input held until its batch is written: an article to write, or an outcome already known. */
    private record Slot(ArticleId id, MappedArticle mapped, IngestOutcome outcome) {
    }
}
