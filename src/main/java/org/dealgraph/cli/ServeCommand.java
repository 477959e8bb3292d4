package org.dealgraph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.dealgraph.rdf.Iris;
import org.dealgraph.serve.ServerSettings;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dealgraph serve}: the store as a SPARQL endpoint, read-only unless told otherwise. */
@Command(name = "serve",
        description = {"Serves the store over SPARQL at http://HOST:PORT/dealgraph (queries at "
                + "/dealgraph/sparql and /dealgraph/query), on this machine only unless --host says otherwise. "
                + "Queries see the union of the article graphs as the default graph, stop after --query-timeout "
                + "and return at most --max-results rows; SERVICE calls to other endpoints are refused unless "
                + "--allow-service. Ctrl-C stops the server.",
                "Read-only unless --allow-updates: then SPARQL Update at /dealgraph/update and graph store "
                + "writes at /dealgraph/data, for users who log in with HTTP basic auth (password from "
                + "--password-file or the environment variable DEALGRAPH_PASSWORD). See SECURITY.md.",
                "Also serves the linked data: /id/REST describes the resource BASE+REST (BASE is the base the "
                + "store records, see --base) as HTML, "
                + "Turtle, JSON-LD, RDF/XML or N-Triples, by Accept header or by extension (.html, .ttl, .jsonld, "
                + ".rdf, .nt); / the front page (counts, search, latest and largest deals); /graph the graph view; "
                + "/sparql the query editor; /void the VoID description; "
                + "/context.jsonld the JSON-LD context."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failure (no store at --store, port in use)",
                "2:bad usage (also --allow-updates without a password, or a --base that contradicts the store's)"})
final class ServeCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Mixin
    private BaseOption base;

    @Mixin
    private ServerOptions server;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Serving serving = serving();
        serving.start();
        return serving.untilStopped();
    }

    /** The store opened and ready to serve as the options say, under its own base (which --base may only repeat). */
    Serving serving() {
        Optional<Iris> given = base.given();
        ServerSettings settings = server.settings(System.getenv());
        ArticleStore opened = store.openExisting(given);
        return new Serving(terminal, opened, settings.withBase(opened.iris().base()));
    }
}
