package org.dealgraph.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.FusekiException;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.store.ArticleStore;

/**
 * Serves an open store until the process is stopped (Ctrl-C): a shutdown hook stops the server and closes
 * the store, once, whichever way the run ends.
 */
final class Serving {

    private final Terminal terminal;
    private final ArticleStore store;
    private final ServerOptions options;
    private final DealgraphServer server;
    private final AtomicBoolean closed = new AtomicBoolean();

    Serving(Terminal terminal, ArticleStore store, ServerOptions options) {
        this.terminal = terminal;
        this.store = store;
        this.options = options;
        this.server = new DealgraphServer(store.dataset(), options.host, options.port,
                DealgraphServer.DEFAULT_TIMEOUT, options.base);
    }

    /** Starts the server and prints where it is; fails with a clear message when the port cannot be had. */
    DealgraphServer start() {
        try {
            server.start();
        } catch (FusekiException e) {
            close();
            throw CommandError.failure("cannot serve on --host " + options.host + " --port " + options.port + " (" + rootMessage(e)
                    + "): choose another --port, or stop what is using it.");
        }
        terminal.out().println("dealgraph is serving " + server.datasetUrl());
        terminal.out().println("  SPARQL query endpoint: " + server.sparqlUrl() + "  (read-only)");
        terminal.out().println("  graph view:            " + server.url() + "/graph");
        terminal.out().println("  resource pages:        " + server.url() + "/id/...  (for " + options.base + "...)");
        terminal.out().println("  dataset description:   " + server.url() + "/void");
        terminal.out().flush();
        return server;
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

    private void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                server.stop();
            } finally {
                store.close();
            }
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
