package org.dealgraph.serve;

import java.time.Duration;
import java.util.Objects;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.server.OperationRegistry;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.dealgraph.rdf.Iris;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The SPARQL endpoint over the store: an embedded Fuseki serving the dataset read-only at
 * {@value #DATASET}, with queries at {@code /dealgraph/sparql} and {@code /dealgraph/query} (and the dataset
 * URL itself). No update, no graph store writes. Queries see the union of the article graphs as the default
 * graph and are stopped after the query timeout.
 *
 * <p>Beside it, the linked data: {@code /id/REST} describes the resource {@code BASE + REST} (HTML, Turtle,
 * JSON-LD, RDF/XML, N-Triples); {@code /graph} the graph view and {@code /api/...} its JSON; {@code /sparql}
 * a query page; {@code /void} and {@code /.well-known/void} the VoID description; {@code /context.jsonld}
 * the JSON-LD context; {@code /} a start page.
 */
public final class DealgraphServer implements AutoCloseable {

    /** The dataset's path on the server. */
    public static final String DATASET = "/dealgraph";
    /** How long a query may run before it is stopped, unless told otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private final String host;
    private final FusekiServer server;

    /**
     * A server for {@code dataset} on {@code host} and {@code port} (0 picks a free port), not yet started.
     * The dataset must stay open while the server runs.
     */
    public DealgraphServer(Dataset dataset, String host, int port, Duration queryTimeout) {
        this(dataset, host, port, queryTimeout, Iris.DEFAULT_BASE);
    }

    /**
     * A server whose {@code /id/} pages describe the resources under {@code base} (an absolute IRI ending in
     * {@code /}, the base the store's IRIs were minted under).
     *
     * @throws IllegalArgumentException if {@code base} is not such an IRI, or the port is not one
     */
    public DealgraphServer(Dataset dataset, String host, int port, Duration queryTimeout, String base) {
        Objects.requireNonNull(dataset, "dataset");
        this.host = Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port outside 0..65535: " + port);
        }
        Iris iris = new Iris(base);
        FusekiServer.Builder builder = builder(dataset, port, queryTimeout);
        LinkedData.addTo(builder, dataset, iris);
        this.server = builder.build();
        bindTo(host);
    }

    public DealgraphServer(Dataset dataset, String host, int port) {
        this(dataset, host, port, DEFAULT_TIMEOUT);
    }

    private static FusekiServer.Builder builder(Dataset dataset, int port, Duration queryTimeout) {
        Context context = new Context();
        context.set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        DataService readOnly = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        return FusekiServer.create(OperationRegistry.createStd(), context)
                .port(port)
                .add(DATASET, readOnly);
    }

    /** Fuseki's builder binds to every interface or to loopback only; bind the connectors to the given host. */
    private void bindTo(String address) {
        for (Connector connector : server.getJettyServer().getConnectors()) {
            if (connector instanceof ServerConnector network) {
                network.setHost(address);
            }
        }
    }

    /** Starts serving; returns at once. */
    public DealgraphServer start() {
        server.start();
        return this;
    }

    /** The port served on: the one chosen when started with port 0. */
    public int port() {
        return server.getHttpPort();
    }

    /** The server's URL, e.g. {@code http://127.0.0.1:3030}. */
    public String url() {
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

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    /** Stops serving. */
    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }
}
