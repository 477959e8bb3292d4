package org.dealgraph.bench;

/**
 * How long one SPARQL query took on one store.
 *
 * @param query    the query file's name
 * @param lookup   whether the query is about one organization (its VALUES block bound to sampled ones)
 * @param runs     timed runs (after warm-up)
 * @param p50Ms    median latency, milliseconds
 * @param p99Ms    99th percentile latency, milliseconds (nearest rank)
 * @param rows     result rows of the last run
 * @param timedOut whether a run hit the time limit (the figures then cover the runs before it)
 */
public record QueryFigures(String query, boolean lookup, int runs, double p50Ms, double p99Ms, long rows,
                           boolean timedOut) {
}
