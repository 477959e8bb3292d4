package org.dealgraph.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * The bounds a {@link DealgraphServer} puts on what one client can cost it. The {@linkplain #defaults()
 * defaults} suit a server for a few people on this machine or behind a proxy.
 *
 * @param queryTimeout      how long a query or an update may run before it is stopped
 * @param maxResults        the most rows (or, for CONSTRUCT and DESCRIBE, solutions) a query returns
 * @param maxQueryBytes     the longest query or update text taken, in UTF-8 bytes; longer ones are refused
 *                          before they are parsed
 * @param maxResultBytes    the most bytes of one query's answer; past them the answer is cut off as an error
 * @param maxStringLength   the longest string, in characters, a query or update may build while it runs
 *                          ({@code CONCAT}, {@code REPLACE} and the like)
 * @param readTimeout       how long a client may take to send a request body, and how long a connection may
 *                          stay idle
 * @param maxConnections    the most connections open at once; more wait to be accepted
 * @param maxClientConnections the most connections open at once from one address; more are closed at once
 * @param maxUploadBytes    the longest body of a graph store write, in bytes; longer ones get 413
 * @param maxQueries        the most queries and updates running at once; more get 503 at once
 * @param maxClientQueries  the most queries and updates running at once from one address; more get 503
 */
public record Limits(Duration queryTimeout, long maxResults, int maxQueryBytes, long maxResultBytes,
                     int maxStringLength, Duration readTimeout, int maxConnections, int maxClientConnections,
                     long maxUploadBytes, int maxQueries, int maxClientQueries) {

    /** How long a query may run unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The most results a query returns unless told otherwise. */
    public static final long DEFAULT_MAX_RESULTS = 10_000;
    /** The longest query text taken unless told otherwise: 64 KB. */
    public static final int DEFAULT_MAX_QUERY_BYTES = 64 * 1024;
    /** The most bytes of an answer unless told otherwise: 64 MB. */
    public static final long DEFAULT_MAX_RESULT_BYTES = 64L * 1024 * 1024;
    /** The longest string a query may build unless told otherwise: a million characters. */
    public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;
    /** How long a body may take to arrive, and a connection stay idle, unless told otherwise. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(20);
    /** The most connections open at once unless told otherwise. */
    public static final int DEFAULT_MAX_CONNECTIONS = 512;
    /** The most connections from one address unless told otherwise. */
    public static final int DEFAULT_MAX_CLIENT_CONNECTIONS = 128;
    /** The longest graph store write unless told otherwise: 64 MB. */
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L * 1024 * 1024;
    /**
     * The most queries running at once unless told otherwise: fewer than the server's 20 threads, so that
     * some are always left to take connections, refuse what is over a limit and serve the pages.
     */
    public static final int DEFAULT_MAX_QUERIES = 12;
    /** The most queries running at once from one address unless told otherwise. */
    public static final int DEFAULT_MAX_CLIENT_QUERIES = 8;

    public Limits {
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        positive("query timeout", queryTimeout);
        positive("read timeout", readTimeout);
        atLeastOne("result limit", maxResults);
        atLeastOne("query size limit", maxQueryBytes);
        atLeastOne("answer size limit", maxResultBytes);
        atLeastOne("string length limit", maxStringLength);
        atLeastOne("connection limit", maxConnections);
        atLeastOne("connection limit per client", maxClientConnections);
        atLeastOne("upload size limit", maxUploadBytes);
        atLeastOne("limit of queries at once", maxQueries);
        atLeastOne("limit of queries at once per client", maxClientQueries);
    }

    private static void positive(String what, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("the " + what + " must be positive: " + duration);
        }
    }

    private static void atLeastOne(String what, long value) {
        if (value < 1) {
            throw new IllegalArgumentException("the " + what + " must be at least 1: " + value);
        }
    }

    /** The default bounds. */
    public static Limits defaults() {
        return new Limits(DEFAULT_TIMEOUT, DEFAULT_MAX_RESULTS, DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_RESULT_BYTES,
                DEFAULT_MAX_STRING_LENGTH, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_CONNECTIONS,
                DEFAULT_MAX_CLIENT_CONNECTIONS, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_MAX_QUERIES,
                DEFAULT_MAX_CLIENT_QUERIES);
    }

    public Limits withQueryTimeout(Duration timeout) {
        return new Limits(timeout, maxResults, maxQueryBytes, maxResultBytes, maxStringLength, readTimeout,
                maxConnections, maxClientConnections, maxUploadBytes, maxQueries, maxClientQueries);
    }

    public Limits withMaxResults(long limit) {
        return new Limits(queryTimeout, limit, maxQueryBytes, maxResultBytes, maxStringLength, readTimeout,
                maxConnections, maxClientConnections, maxUploadBytes, maxQueries, maxClientQueries);
    }

    public Limits withMaxQueryBytes(int limit) {
        return new Limits(queryTimeout, maxResults, limit, maxResultBytes, maxStringLength, readTimeout,
                maxConnections, maxClientConnections, maxUploadBytes, maxQueries, maxClientQueries);
    }

    public Limits withMaxResultBytes(long limit) {
        return new Limits(queryTimeout, maxResults, maxQueryBytes, limit, maxStringLength, readTimeout,
                maxConnections, maxClientConnections, maxUploadBytes, maxQueries, maxClientQueries);
    }

    public Limits withMaxStringLength(int limit) {
        return new Limits(queryTimeout, maxResults, maxQueryBytes, maxResultBytes, limit, readTimeout,
                maxConnections, maxClientConnections, maxUploadBytes, maxQueries, maxClientQueries);
    }

    public Limits withReadTimeout(Duration timeout) {
        return new Limits(queryTimeout, maxResults, maxQueryBytes, maxResultBytes, maxStringLength, timeout,
                maxConnections, maxClientConnections, maxUploadBytes, maxQueries, maxClientQueries);
    }

    /** At most {@code total} connections at once, and {@code perClient} from one address. */
    public Limits withConnections(int total, int perClient) {
        return new Limits(queryTimeout, maxResults, maxQueryBytes, maxResultBytes, maxStringLength, readTimeout,
                total, perClient, maxUploadBytes, maxQueries, maxClientQueries);
    }

    public Limits withMaxUploadBytes(long limit) {
        return new Limits(queryTimeout, maxResults, maxQueryBytes, maxResultBytes, maxStringLength, readTimeout,
                maxConnections, maxClientConnections, limit, maxQueries, maxClientQueries);
    }

    /** At most {@code total} queries and updates running at once, and {@code perClient} from one address. */
    public Limits withQueries(int total, int perClient) {
        return new Limits(queryTimeout, maxResults, maxQueryBytes, maxResultBytes, maxStringLength, readTimeout,
                maxConnections, maxClientConnections, maxUploadBytes, total, perClient);
    }

    /**
     * The longest a query may be as sent in a URL or a form, percent-encoded: three bytes for each byte of
     * text, and room for the other parameters.
     */
    long maxEncodedBytes() {
        return 3L * maxQueryBytes + 4096;
    }
}
