package org.dealgraph.serve;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.dealgraph.rdf.Iris;

/**
 * How a {@link DealgraphServer} serves: where it listens, the IRI base of its resource pages, and what it
 * lets clients do. The {@linkplain #defaults() defaults} are the safe ones: this machine only, read-only,
 * queries stopped after {@link #DEFAULT_TIMEOUT}, at most {@link #DEFAULT_MAX_RESULTS} results, no
 * {@code SERVICE} calls to other endpoints.
 *
 * @param host         the address to listen on ({@value #LOOPBACK} by default: this machine only)
 * @param port         the port; 0 picks a free one
 * @param base         the IRI base the store's resources were minted under
 * @param queryTimeout how long a query may run before it is stopped
 * @param maxResults   the most rows (or, for CONSTRUCT and DESCRIBE, solutions) a query returns
 * @param allowService whether {@code SERVICE} may call other SPARQL endpoints over HTTP
 * @param writers      who may update the store; empty (the default) for a read-only server
 */
public record ServerSettings(String host, int port, String base, Duration queryTimeout, long maxResults,
                             boolean allowService, Optional<Credentials> writers) {

    /** The address served on unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The port served on unless told otherwise. */
    public static final int DEFAULT_PORT = 3030;
    /** How long a query may run unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    /** The most results a query returns unless told otherwise. */
    public static final long DEFAULT_MAX_RESULTS = 10_000;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        Objects.requireNonNull(writers, "writers");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port outside 0..65535: " + port);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("the query timeout must be positive: " + queryTimeout);
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("the result limit must be at least 1: " + maxResults);
        }
        new Iris(base);
    }

    /** Read-only on {@value #LOOPBACK}:{@value #DEFAULT_PORT}, under {@link Iris#DEFAULT_BASE}. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, Iris.DEFAULT_BASE, DEFAULT_TIMEOUT, DEFAULT_MAX_RESULTS,
                false, Optional.empty());
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, base, queryTimeout, maxResults, allowService, writers);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, base, queryTimeout, maxResults, allowService, writers);
    }

    public ServerSettings withBase(String newBase) {
        return new ServerSettings(host, port, newBase, queryTimeout, maxResults, allowService, writers);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return new ServerSettings(host, port, base, timeout, maxResults, allowService, writers);
    }

    public ServerSettings withMaxResults(long limit) {
        return new ServerSettings(host, port, base, queryTimeout, limit, allowService, writers);
    }

    public ServerSettings withServiceAllowed(boolean allowed) {
        return new ServerSettings(host, port, base, queryTimeout, maxResults, allowed, writers);
    }

    /** Updates allowed, for these users only. */
    public ServerSettings withWriters(Credentials credentials) {
        return new ServerSettings(host, port, base, queryTimeout, maxResults, allowService,
                Optional.of(credentials));
    }

    /** Whether the server takes updates. */
    public boolean allowsUpdates() {
        return writers.isPresent();
    }
}
