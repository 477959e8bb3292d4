package org.dealgraph.cli;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.FusekiException;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.serve.EndpointGraphSource;
import org.dealgraph.serve.ServerSettings;
import org.dealgraph.store.ArticleStore;

/**
 * Serves an open store, or a remote SPARQL endpoint, until the process is stopped (Ctrl-C): a shutdown hook
 * stops the server and closes the store, once, whichever way the run ends. While it serves, a note in the store's directory lets
 * {@code query}, {@code export} and {@code stats} on the same store read it through the server
 * ({@link ServedStore}).
 */
final class Serving {

    private final Terminal terminal;
    private final Optional<ArticleStore> store;
    /** The remote SPARQL endpoint served instead of a store, if one is. */
    private final Optional<String> endpoint;
    private final ServerSettings settings;
    private final boolean loopbackOnly;
    private final DealgraphServer server;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The store's directory, once the note that it is served is left there ({@link ServedStore}). */
    private volatile Optional<Path> noted = Optional.empty();

    Serving(Terminal terminal, ArticleStore store, ServerSettings settings) {
        this(terminal, Optional.of(store), Optional.empty(), settings, new DealgraphServer(store.dataset(), settings));
    }

    /** Serving the pages over a remote SPARQL endpoint instead of a store, read-only. */
    Serving(Terminal terminal, EndpointGraphSource endpoint, ServerSettings settings) {
        this(terminal, Optional.empty(), Optional.of(endpoint.url()), settings,
                DealgraphServer.overEndpoint(endpoint, settings));
    }

    private Serving(Terminal terminal, Optional<ArticleStore> store, Optional<String> endpoint,
                    ServerSettings settings, DealgraphServer server) {
        this.terminal = terminal;
        this.store = store;
        this.endpoint = endpoint;
        this.settings = settings;
        this.loopbackOnly = loopback(settings.host());
        this.server = server;
    }

    /** Starts the server and prints where it is; fails with a clear message when the port cannot be had. */
    DealgraphServer start() {
        try {
            server.start();
        } catch (FusekiException e) {
            close();
            throw CommandError.failure("cannot serve on --host " + settings.host() + " --port " + settings.port()
                    + " (" + rootMessage(e) + "): choose another --port, or stop what is using it.");
        }
        noted = store.flatMap(s -> s.directory()
                .filter(dir -> ServedStore.leaveNote(dir, server, settings.host(), s.iris())));
        var out = terminal.out();
        out.println("dealgraph is serving " + server.datasetUrl()
                + endpoint.map(url -> " over the SPARQL endpoint " + url + ", read-only").orElse(""));
        out.println("  front page:            " + server.url() + "/  (counts, search, latest and largest deals)");
        out.println("  SPARQL query endpoint: " + server.sparqlUrl() + "  (open to all; "
                + endpoint.map(url -> "sent on to " + url + ", ").orElse("") + limits() + ")");
        if (endpoint.isPresent()) {
            out.println("  updates:               refused (read-only: write to the store at " + endpoint.get() + ")");
        } else if (settings.allowsUpdates()) {
            out.println("  SPARQL update:         " + server.updateUrl() + "  (basic auth: "
                    + String.join(", ", settings.writers().orElseThrow().users()) + ")");
            out.println("  graph store writes:    " + server.dataUrl() + "  (basic auth)");
        } else {
            out.println("  updates:               refused (read-only; see --allow-updates)");
        }
        out.println("  query editor:          " + server.url() + "/sparql");
        out.println("  graph view:            " + server.url() + "/graph");
        out.println("  resource pages:        " + server.url() + "/id/...  (for " + settings.base() + "...)");
        out.println("  dataset description:   " + server.url() + "/void");
        out.flush();
        if (settings.allowsUpdates() && !loopbackOnly) {
            terminal.err().println("warning: updates are allowed on --host " + settings.host() + ", beyond this "
                    + "machine, and basic auth sends the password in clear over plain HTTP: serve on 127.0.0.1 "
                    + "behind a reverse proxy with TLS (see SECURITY.md).");
            terminal.err().flush();
        }
        return server;
    }

    private String limits() {
        return "queries stop after " + settings.queryTimeout().toMillis() / 1000.0 + " s, at most "
                + settings.maxResults() + " results and " + settings.limits().maxResultBytes() + " bytes, texts of at "
                + "most " + settings.limits().maxQueryBytes() + " bytes" + (settings.allowService() ? ", SERVICE allowed" : "");
    }

    /** Blocks until the process is stopped; then stops the server and closes the store. */
    int untilStopped() {
        Thread hook = new Thread(this::close, "dealgraph-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        terminal.out().println("Press Ctrl-C to stop.");
        terminal.out().flush();
        server.join();
        return ExitCodes.OK;
    }

    /** Stops the server and closes the store, once, whichever caller comes first. */
    void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                noted.ifPresent(ServedStore::removeNote);
                server.stop();
            } finally {
                store.ifPresent(ArticleStore::close);
            }
        }
    }

    private static boolean loopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
