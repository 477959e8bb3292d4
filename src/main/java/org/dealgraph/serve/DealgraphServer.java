package org.dealgraph.serve;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.dealgraph.rdf.BaseRecord;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The SPARQL endpoint over the store: an embedded Fuseki serving the dataset at {@value #DATASET}, with
 * queries at {@code /dealgraph/sparql} and {@code /dealgraph/query} (and the dataset URL itself) and graph
 * reads at {@code /dealgraph/get}. Queries see the union of the article graphs as the default graph.
 *
 * <p>What it lets clients do is set by {@link ServerSettings}; by default it listens on this machine only,
 * takes no update and no graph store write, stops a query after its timeout, cuts an answer at the result
 * limit ({@link CappedQuery}) and refuses {@code SERVICE} calls to other endpoints. When updates are allowed,
 * SPARQL Update ({@code /dealgraph/update}) and graph store writes ({@code /dealgraph/data}) need HTTP basic
 * authentication as one of the writers, and are refused when a page of another site asks for them
 * ({@link SameOriginWrites}); queries stay open to all. Fuseki runs every update in a TDB2 write transaction.
 * Before all of it, a {@link RequestGuard} refuses {@code TRACE}, foreign {@code Host} names on loopback and
 * malformed logins, and every answer, Jetty's own error pages too ({@link QuietErrors}), carries the
 * {@link SecurityHeaders}. Then {@link BoundedRequests} bounds the query text and the graph store's uploads and
 * reads bodies without holding a thread, and {@link QuerySlots} caps the queries running at once; a connection
 * that is slow to send a request head is closed ({@link HeaderDeadline}).
 *
 * <p>The {@link Limits} hold for every client: queries and updates run rewritten by {@link BoundedExpressions}
 * (regular expressions stop at the timeout, built strings stay under the limit) and stop at the timeout,
 * updates too (the dataset's context is given the update timeout, which Fuseki's update path reads);
 * answers are counted ({@link BoundedAnswers}); connections are capped in total and per client
 * ({@link ClientConnectionLimit}) and closed when idle past the read timeout.
 *
 * <p>Beside it, the linked data: {@code /id/REST} describes the resource {@code BASE + REST} (HTML, Turtle,
 * JSON-LD, RDF/XML, N-Triples); {@code /graph} the graph view and {@code /api/...} its JSON; {@code /sparql}
 * the query editor, where a browser's plain GET on a query endpoint is sent; {@code /void} and
 * {@code /.well-known/void} the VoID description; {@code /context.jsonld} the JSON-LD context; {@code /search}
 * a search by name; {@code /} the front page.
 */
public final class DealgraphServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/dealgraph";
    /** The update endpoint's name under the dataset, when updates are allowed. */
    public static final String UPDATE = "update";
    /** The graph store protocol's read-write endpoint's name under the dataset, when updates are allowed. */
    public static final String DATA = "data";
    /** How long a query may run before it is stopped, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = ServerSettings.DEFAULT_TIMEOUT;

    /** The realm of the writers' basic authentication. */
    static final String REALM = "dealgraph";

    private final ServerSettings settings;
    private final FusekiServer server;
    private final QuerySlots slots;
    private final Optional<BackgroundMakings> makings;

    /**
     * A server for {@code dataset} on {@code host} and {@code port} (0 picks a free port), not yet started,
     * otherwise with the {@linkplain ServerSettings#defaults() default settings}, for resources under the base
     * the dataset records ({@link BaseRecord#of}). The dataset must stay open while the server runs.
     */
    public DealgraphServer(Dataset dataset, String host, int port, Duration queryTimeout) {
        this(dataset, host, port, queryTimeout, BaseRecord.of(dataset.asDatasetGraph()).base());
    }

    /**
     * A server whose {@code /id/} pages describe the resources under {@code base} (an absolute IRI ending in
     * {@code /}, the base the store's IRIs were minted under).
     *
     * @throws IllegalArgumentException if {@code base} is not such an IRI, or the port is not one
     */
    public DealgraphServer(Dataset dataset, String host, int port, Duration queryTimeout, String base) {
        this(dataset, ServerSettings.defaults().withHost(host).withPort(port).withQueryTimeout(queryTimeout)
                .withBase(base));
    }

    public DealgraphServer(Dataset dataset, String host, int port) {
        this(dataset, host, port, DEFAULT_TIMEOUT);
    }

    /**
     * A server for {@code dataset} as {@code settings} say, not yet started.
     *
     * @throws IllegalArgumentException if the dataset records another IRI base than the settings'
     */
    public DealgraphServer(Dataset dataset, ServerSettings settings) {
        this(settings, FusekiSetup.local(dataset, settings));
    }

    private DealgraphServer(ServerSettings settings, FusekiServer.Builder builder) {
        this.settings = settings;
        this.makings = Optional.ofNullable((BackgroundMakings) builder.getServletAttribute(BackgroundMakings.ATTRIBUTE));
        this.server = builder.build();
        bindTo(settings.host());
        bound(settings.limits());
        this.slots = guard(settings);
    }

    /**
     * A server, not yet started, whose pages and query endpoints read the remote SPARQL endpoint of
     * {@code source} instead of a store of its own, read-only: queries at {@code /dealgraph/sparql} are sent on
     * to it ({@link CappedQuery}), no update or graph store write is taken ({@link RemoteWrites}), and a page
     * that the endpoint fails answers 502, 503 or 504 ({@link EndpointFailures}).
     *
     * @throws IllegalArgumentException if the settings allow updates
     */
    public static DealgraphServer overEndpoint(EndpointGraphSource source, ServerSettings settings) {
        return new DealgraphServer(settings, FusekiSetup.remote(source, settings));
    }

    /**
     * Puts the {@link HeaderDeadline} and the {@link RequestGuard} before everything else, then the
     * {@link BoundedRequests} and the {@link QuerySlots}, and quiet error pages under everything; returns the
     * slots.
     */
    private QuerySlots guard(ServerSettings settings) {
        Server jetty = server.getJettyServer();
        Limits limits = settings.limits();
        HeaderDeadline deadline = new HeaderDeadline(limits.readTimeout());
        RequestGuard guard = new RequestGuard(LoopbackHosts.forAddress(settings.host()),
                settings.writers().map(writers -> REALM));
        BoundedRequests bodies = new BoundedRequests(limits, (DATASET + "/" + DATA)::equals);
        QuerySlots slots = new QuerySlots(limits.maxQueries(), limits.maxClientQueries(),
                path -> path.equals(DATASET) || path.startsWith(DATASET + "/"));
        slots.setHandler(jetty.getHandler());
        bodies.setHandler(slots);
        guard.setHandler(bodies);
        deadline.setHandler(guard);
        jetty.setHandler(deadline);
        jetty.setErrorHandler(new QuietErrors());
        for (Connector connector : jetty.getConnectors()) {
            connector.addEventListener(deadline);
        }
        return slots;
    }

    /**
     * The connectors' bounds: idle connections closed after the read timeout, request headers no larger than
     * a query in the URL may need, connections capped in total and per client.
     */
    private void bound(Limits limits) {
        Server jetty = server.getJettyServer();
        int headerBytes = (int) Math.min(Integer.MAX_VALUE, limits.maxEncodedBytes() + 16 * 1024);
        for (Connector connector : jetty.getConnectors()) {
            connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration()
                    .setRequestHeaderSize(headerBytes);
            if (connector instanceof ServerConnector network) {
                network.setIdleTimeout(limits.readTimeout().toMillis());
                network.addEventListener(new ClientConnectionLimit(limits.maxClientConnections()));
            }
        }
        jetty.addBean(new NetworkConnectionLimit(limits.maxConnections(), jetty));
    }

    /** Fuseki's builder binds to every interface or to loopback only; bind the connectors to the given host. */
    private void bindTo(String address) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(address);
            }
        }
    }

    /** The addresses the server's network connectors listen on. */
    List<String> listenAddresses() {
        return Arrays.stream(server.getJettyServer().getConnectors())
                .filter(ServerConnector.class::isInstance)
                .map(c -> ((ServerConnector) c).getHost()).toList();
    }

    /** The settings it serves with. */
    public ServerSettings settings() {
        return settings;
    }

    /** Starts serving; returns at once. */
    public DealgraphServer start() {
        server.start();
        return this;
    }

    /** The port served on: the one chosen when started with port 0. */
    /** The queries and updates running now, as the cap on them counts. */
    int runningQueries() {
        return slots.running();
    }

    public int port() {
        return server.getHttpPort();
    }

    /** The server's URL, e.g. {@code http://127.0.0.1:3030}. */
    public String url() {
        String host = settings.host();
        String shownHost = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + shownHost + ":" + port();
    }

    /** The dataset's URL, e.g. {@code http://127.0.0.1:3030/dealgraph}. */
    public String datasetUrl() {
        return url() + DATASET;
    }

    /** The SPARQL query endpoint's URL. */
    public String sparqlUrl() {
        return datasetUrl() + "/sparql";
    }

    /** The SPARQL update endpoint's URL; it answers only when the settings allow updates. */
    public String updateUrl() {
        return datasetUrl() + "/" + UPDATE;
    }

    /** The graph store protocol's read-write URL; it answers only when the settings allow updates. */
    public String dataUrl() {
        return datasetUrl() + "/" + DATA;
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops serving, and the pages' makings in the background, so that the store may be closed. */
    public void stop() {
        server.stop();
        makings.ifPresent(BackgroundMakings::stop);
    }

    @Override
    public void close() {
        stop();
    }
}
