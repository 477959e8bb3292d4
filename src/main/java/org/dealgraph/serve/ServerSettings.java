package org.dealgraph.serve;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.dealgraph.rdf.Iris;

/**
 * How a {@link DealgraphServer} serves: where it listens, the IRI base of its resource pages, what it lets
 * clients do, and the {@link Limits} on what one client can cost it. The {@linkplain #defaults() defaults} are
 * the safe ones: this machine only, read-only, the {@linkplain Limits#defaults() default limits}, no
 * {@code SERVICE} calls to other endpoints.
 *
 * @param host         the address to listen on ({@value #LOOPBACK} by default: this machine only)
 * @param port         the port; 0 picks a free one
 * @param base         the IRI base the store's resources were minted under
 * @param limits       the bounds on queries, updates, requests and connections
 * @param allowService whether {@code SERVICE} may call other SPARQL endpoints over HTTP
 * @param writers      who may update the store; empty (the default) for a read-only server
 */
public record ServerSettings(String host, int port, String base, Limits limits, boolean allowService,
                             Optional<Credentials> writers) {

    /** The address served on unless told otherwise: this machine only. */
    public static final String LOOPBACK = "127.0.0.1";
    /** The port served on unless told otherwise. */
    public static final int DEFAULT_PORT = 3030;
    /** How long a query may run unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Limits.DEFAULT_TIMEOUT;
    /** The most results a query returns unless told otherwise. */
    public static final long DEFAULT_MAX_RESULTS = Limits.DEFAULT_MAX_RESULTS;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(writers, "writers");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port outside 0..65535: " + port);
        }
        new Iris(base);
    }

    /** Read-only on {@value #LOOPBACK}:{@value #DEFAULT_PORT}, under {@link Iris#DEFAULT_BASE}. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, Iris.DEFAULT_BASE, Limits.defaults(), false,
                Optional.empty());
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, base, limits, allowService, writers);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, base, limits, allowService, writers);
    }

    public ServerSettings withBase(String newBase) {
        return new ServerSettings(host, port, newBase, limits, allowService, writers);
    }

    public ServerSettings withLimits(Limits newLimits) {
        return new ServerSettings(host, port, base, newLimits, allowService, writers);
    }

    public ServerSettings withQueryTimeout(Duration timeout) {
        return withLimits(limits.withQueryTimeout(timeout));
    }

    public ServerSettings withMaxResults(long limit) {
        return withLimits(limits.withMaxResults(limit));
    }

    public ServerSettings withServiceAllowed(boolean allowed) {
        return new ServerSettings(host, port, base, limits, allowed, writers);
    }

    /** Updates allowed, for these users only. */
    public ServerSettings withWriters(Credentials credentials) {
        return new ServerSettings(host, port, base, limits, allowService, Optional.of(credentials));
    }

    /** How long a query or update may run before it is stopped. */
    public Duration queryTimeout() {
        return limits.queryTimeout();
    }

    /** The most rows (or, for CONSTRUCT and DESCRIBE, solutions) a query returns. */
    public long maxResults() {
        return limits.maxResults();
    }

    /** Whether the server takes updates. */
    public boolean allowsUpdates() {
        return writers.isPresent();
    }
}
