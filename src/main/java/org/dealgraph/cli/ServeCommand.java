package org.dealgraph.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.dealgraph.rdf.Iris;
import org.dealgraph.serve.EndpointFailure;
import org.dealgraph.serve.EndpointGraphSource;
import org.dealgraph.serve.ServerSettings;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

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
                + "/context.jsonld the JSON-LD context.",
                "With --endpoint URL, serves all of it over another store's SPARQL 1.1 query endpoint instead of "
                + "--store, read-only: queries are sent on to URL (read as the union of its named graphs), "
                + "updates and graph store writes are refused with 405. See docs/beyond-one-machine.md."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failure (no store at --store, port in use, --endpoint does not answer)",
                "2:bad usage (also --allow-updates without a password or with --endpoint, or a --base that "
                        + "contradicts the store's)"})
final class ServeCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Mixin
    private BaseOption base;

    @Mixin
    private ServerOptions server;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Serve the pages, graph view, search, VoID and queries over this SPARQL 1.1 query "
                    + "endpoint instead of --store, read-only: the endpoint's URL for queries, e.g. a Fuseki "
                    + "dataset's http://host:3030/ds/sparql (Fuseki also answers queries at the dataset's URL, "
                    + "http://host:3030/ds). The pages read the union of its named graphs, so its default graph "
                    + "need not be that union. --base names the IRI base its graphs were minted under (default: "
                    + Iris.DEFAULT_BASE + ").")
    private String endpoint;

    @Spec
    private CommandSpec spec;

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
        if (endpoint != null) {
            return overEndpoint(given.orElseGet(() -> new Iris(Iris.DEFAULT_BASE)));
        }
        ServerSettings settings = server.settings(System.getenv());
        ArticleStore opened = store.openExisting(given);
        return new Serving(terminal, opened, settings.withBase(opened.iris().base()));
    }

    /**
     * The server over the remote endpoint, once it has answered a first query; a warning when it holds no named
     * graph.
     */
    private Serving overEndpoint(Iris iris) {
        if (spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw CommandError.usage("--endpoint and --store name two stores: give one of them.");
        }
        if (server.allowUpdates) {
            throw CommandError.usage("--allow-updates cannot go with --endpoint: a server over another store's "
                    + "endpoint is read-only. Write to that store itself (for instance with ingest --to).");
        }
        if (!endpoint.startsWith("http://") && !endpoint.startsWith("https://")) {
            throw CommandError.usage("--endpoint " + endpoint + " is not an HTTP URL: give the store's SPARQL query "
                    + "endpoint, e.g. http://localhost:3030/ds/sparql.");
        }
        ServerSettings settings = server.settings(System.getenv()).withBase(iris.base());
        EndpointGraphSource source = new EndpointGraphSource(endpoint, settings.queryTimeout());
        try {
            if (!source.holdsGraphs()) {
                terminal.err().println("warning: --endpoint " + endpoint + " holds no named graph, so the pages "
                        + "show nothing yet: write article graphs to the store (ingest --to, load --to).");
                terminal.err().flush();
            }
        } catch (EndpointFailure e) {
            throw CommandError.failure("--endpoint " + endpoint + ": " + e.getMessage() + ". Give the URL of a "
                    + "SPARQL query endpoint that answers, e.g. http://localhost:3030/ds/sparql.");
        }
        return new Serving(terminal, source, settings);
    }
}
