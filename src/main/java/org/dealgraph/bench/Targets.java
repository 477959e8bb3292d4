package org.dealgraph.bench;

import java.util.ArrayList;
import java.util.List;

/** dealgraph's performance targets, checked against a run's figures. */
final class Targets {

    static final double ARTICLES_PER_SECOND = 100;
    static final double BULK_RATIO = 3;
    static final long HEAP_BYTES = 1L << 30;
    static final double LOOKUP_P50_MS = 20;
    static final double FIRST_ANSWER_SECONDS = 3;

    private Targets() {
    }

    static List<Target> check(BenchResults r) {
        List<Target> targets = new ArrayList<>();
        IngestFigures ingest = r.ingest();
        targets.add(new Target("ingest >= 100 articles/s end to end (" + ingest.inputs() + " articles)",
                String.format("%.1f articles/s", ingest.articlesPerSecond()),
                ingest.articlesPerSecond() >= ARTICLES_PER_SECOND));
        targets.add(new Target("ingest time <= 3x TDB2 bulk load of the same quads",
                String.format("%.1fx (store step alone %.1fx)", r.bulk().ingestRatio(), r.bulk().storeStageRatio()),
                r.bulk().ingestRatio() <= BULK_RATIO));
        targets.add(new Target("heap <= 1 GiB while ingesting (" + ingest.inputs() + " articles)",
                String.format("%.0f MiB peak, %.0f MiB live after GC", ingest.peakHeapBytes() / 1048576.0,
                        ingest.peakLiveHeapBytes() / 1048576.0),
                ingest.peakLiveHeapBytes() <= HEAP_BYTES));
        StoreFigures largest = r.stores().get(r.stores().size() - 1);
        for (QueryFigures q : largest.queries()) {
            if (q.lookup()) {
                targets.add(new Target("lookup " + q.query() + " p50 <= 20 ms (" + largest.articles() + " articles)",
                        String.format("%.1f ms", q.p50Ms()), q.p50Ms() <= LOOKUP_P50_MS));
            }
        }
        targets.add(new Target("serve answers its first query within 3 s",
                String.format("%.2f s", r.serveFirstAnswerSeconds()), r.serveFirstAnswerSeconds() <= FIRST_ANSWER_SECONDS));
        return targets;
    }
}
