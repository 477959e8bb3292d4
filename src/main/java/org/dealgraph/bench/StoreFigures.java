package org.dealgraph.bench;

import java.util.List;

/**
 * The queries timed on one store.
 *
 * @param articles     article graphs in the store
 * @param quads        quads in the store
 * @param builtBy      how the store was made: "ingest" (the whole pipeline) or "bulk-copies" (copies of the
 *                     ingested quads, bulk loaded)
 * @param buildSeconds time to make it (for bulk copies: writing and loading them)
 * @param queries      each query's latency
 */
public record StoreFigures(int articles, long quads, String builtBy, double buildSeconds, List<QueryFigures> queries) {

    public StoreFigures {
        queries = List.copyOf(queries);
    }
}
