package org.dealgraph.bench;

import java.util.List;

/**
 * Everything one benchmark run measured.
 *
 * @param machine                 where it ran
 * @param settings                what was asked
 * @param corpus                  the generated corpus
 * @param ingest                  the first ingest of the corpus into a new store (of several runs, the median
 *                                one by articles per second)
 * @param ingestRuns              articles per second of every run of that ingest, in the order they ran
 * @param rerun                   the second ingest of the same corpus into the same store
 * @param bulk                    TDB2's bulk loader on the same quads
 * @param stores                  query latencies, on the ingested store and on the larger one
 * @param serveFirstAnswerSeconds from opening the store and starting the server to the first query answered
 * @param http                    the server under concurrent clients
 * @param server                  the server's pages and graph view JSON on the larger store, one request at a time
 * @param targets                 the targets and whether they were met
 */
public record BenchResults(Machine machine, BenchSettings settings, CorpusSummary corpus, IngestFigures ingest,
                           List<Double> ingestRuns, IngestFigures rerun, BulkFigures bulk, List<StoreFigures> stores,
                           double serveFirstAnswerSeconds, HttpFigures http, ServerFigures server,
                           List<Target> targets) {

    public BenchResults {
        ingestRuns = List.copyOf(ingestRuns);
        stores = List.copyOf(stores);
        targets = List.copyOf(targets);
    }
}
