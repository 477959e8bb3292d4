package org.dealgraph.bench;

/**
 * The SPARQL server under load.
 *
 * @param query            the query file the clients ask (bound to a different organization each time)
 * @param clients          concurrent clients
 * @param seconds          how long they asked
 * @param answered         queries answered with HTTP 200
 * @param errors           queries that failed (other status, time-out, connection error)
 * @param queriesPerSecond answered queries per second
 * @param p50Ms            median latency of answered queries, milliseconds
 * @param p99Ms            99th percentile latency, milliseconds
 */
public record HttpFigures(String query, int clients, double seconds, long answered, long errors,
                          double queriesPerSecond, double p50Ms, double p99Ms) {
}
