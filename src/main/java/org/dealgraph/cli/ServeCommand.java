package org.dealgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dealgraph serve}: the store as a read-only SPARQL endpoint. */
@Command(name = "serve",
        description = {"Serves the store read-only over SPARQL at http://HOST:PORT/dealgraph (queries at "
                + "/dealgraph/sparql and /dealgraph/query). Queries see the union of the article graphs as the "
                + "default graph and stop after 10 seconds. Ctrl-C stops the server.",
                "Also serves the linked data: /id/REST describes the resource BASE+REST (see --base) as HTML, "
                + "Turtle, JSON-LD, RDF/XML or N-Triples, by Accept header or by extension (.html, .ttl, .jsonld, "
                + ".rdf, .nt); /graph the graph view; /sparql a query page; /void the VoID description; "
                + "/context.jsonld the JSON-LD context."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failure (no store at --store, port in use)", "2:bad usage"})
final class ServeCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Mixin
    private ServerOptions server;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        server.check();
        Serving serving = new Serving(terminal, store.openExisting(), server);
        serving.start();
        return serving.untilStopped();
    }
}
