package org.dealgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dealgraph.rdf.Iris;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.serve.ServerSettings;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dealgraph demo}: ingests the example articles and serves them, with queries to try. */
@Command(name = "demo",
        description = {"Ingests the example articles shipped with dealgraph (the examples folder beside the "
                + "launcher) into the store (./data/store unless --store is given; under --base, if given), then "
                + "serves it like 'dealgraph serve' and prints three queries to try with curl. While it runs, "
                + "'dealgraph query', 'export' and 'stats' on the same store read it through the server. Ctrl-C "
                + "stops it."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:failure (no examples found, bad --store, port in use)", "2:bad usage"})
final class DemoCommand implements Callable<Integer> {

    /** Set by the launcher to the folder it lives in. */
    static final String HOME_PROPERTY = "dealgraph.home";
    private static final List<String> QUERIES = List.of("1-organizations.rq", "2-funding-rounds.rq", "3-deals.rq");

    private final Terminal terminal;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreOption.DEFAULT,
            description = "The store to ingest the examples into and serve (default: ${DEFAULT-VALUE}, the store "
                    + "every command uses; while the demo runs, query, export and stats read it through the server).")
    private Path storeDirectory;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "The folder of example articles (default: the examples folder beside the launcher, "
                    + "or ./examples).")
    private Path examples;

    @Mixin
    private BaseOption base;

    @Mixin
    private ServerOptions server;

    DemoCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        ServerSettings settings = server.settings(System.getenv());
        Optional<Iris> given = base.given();
        Path folder = examplesFolder();
        terminal.out().println("Ingesting the examples in " + folder + " into " + storeDirectory + " ...");
        ArticleStore store = new StoreOption(storeDirectory).openOrCreate(given);
        Serving serving;
        try {
            if (new IngestRun(terminal).run(store, List.of(folder)).read() == 0) {
                throw CommandError.failure("found no articles in " + folder + ": put .txt, .md, .html, .json or "
                        + ".jsonl articles there, or give --examples DIR.");
            }
            serving = new Serving(terminal, store, settings.withBase(store.iris().base()));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        DealgraphServer started = serving.start();
        printQueries(started.sparqlUrl());
        printNextSteps();
        return serving.untilStopped();
    }

    private Path examplesFolder() {
        if (examples != null) {
            return requireFolder(examples, "--examples " + examples);
        }
        String home = System.getProperty(HOME_PROPERTY);
        Path besideLauncher = home == null ? null : Path.of(home, "examples");
        if (besideLauncher != null && Files.isDirectory(besideLauncher)) {
            return besideLauncher;
        }
        return requireFolder(Path.of("examples"), "the examples folder");
    }

    private static Path requireFolder(Path folder, String setting) {
        if (!Files.isDirectory(folder)) {
            throw CommandError.failure(setting + " is not a folder (" + folder.toAbsolutePath() + "): run the demo "
                    + "from the dealgraph folder, or give --examples DIR.");
        }
        return folder;
    }

    /** The README's next commands: while the demo holds the store, they read it through the server. */
    private void printNextSteps() {
        var out = terminal.out();
        String store = StoreOption.DEFAULT.equals(storeDirectory.toString()) ? "" : " --store " + storeDirectory;
        out.println("Or, in another terminal while this runs (they read the store through the server):");
        out.println("  ./dealgraph query" + store + " queries/deals.rq");
        out.println("  ./dealgraph export" + store + " --format graphml --out graph.graphml");
        out.println("  ./dealgraph stats" + store);
        out.println();
        out.flush();
    }

    private void printQueries(String endpoint) {
        var out = terminal.out();
        out.println();
        out.println("Try these queries (results as CSV; use -H 'Accept: application/sparql-results+json' for JSON):");
        for (String name : QUERIES) {
            String query = Resources.text("demo/" + name);
            String title = query.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
            String body = query.lines().skip(1).reduce((a, b) -> a + "\n" + b).orElse("");
            out.println();
            out.println("# " + title);
            out.println("curl -s " + endpoint + " -H 'Accept: text/csv' --data-urlencode 'query=" + body + "'");
        }
        out.println();
        out.flush();
    }
}
