package org.dealgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.Iris;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dealgraph query}: answers a SPARQL query over the union of the article graphs. */
@Command(name = "query",
        description = {"Runs a SPARQL query against the store. The default graph is the union of all article "
                + "graphs; GRAPH ?g reaches each article's own graph.",
                "SELECT prints as table (default), csv (W3C SPARQL 1.1 CSV), tsv or json; ASK as true/false or json; "
                + "CONSTRUCT and DESCRIBE as ttl (default) or nt."},
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered", "1:failure (no store at --store, unreadable query file)",
                "2:bad usage, including a SPARQL syntax error or a format that does not suit the query"})
final class QueryCommand implements Callable<Integer> {

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "table, csv, tsv, json (SELECT, ASK); ttl, nt (CONSTRUCT, DESCRIBE).",
            converter = QueryFormatConverter.class)
    private QueryFormat format;

    @Option(names = "--width", paramLabel = "N",
            description = "The widest a table may be, in characters; longer cells are cut with an ellipsis "
                    + "(default: the terminal's width, COLUMNS, or 100; 0: no limit).")
    private Integer width;

    @Parameters(index = "0", paramLabel = "QUERY", description = "A .rq file, or the SPARQL text itself.")
    private String queryArgument;

    QueryCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Query query;
        try {
            query = QueryFactory.create(queryText());
        } catch (QueryParseException e) {
            terminal.err().println("dealgraph query: SPARQL syntax error: " + e.getMessage().lines().findFirst().orElse(""));
            return ExitCodes.USAGE;
        }
        QueryFormat chosen = format == null ? QueryFormat.defaultFor(query) : format;
        if (!chosen.suits(query)) {
            throw CommandError.usage("--format " + chosen.name().toLowerCase() + " prints only "
                    + chosen.suitedForms() + " answers; this is a " + query.queryType() + " query.");
        }
        if (width != null && width < 0) {
            throw CommandError.usage("--width " + width + " is not a width: give a number of characters, or 0 "
                    + "for no limit.");
        }
        int tableWidth = width == null ? terminal.columns() : width;
        Optional<ServedStore> served = store.served();
        if (served.isPresent()) {
            terminal.err().println("dealgraph query: " + store.servedNotice(served.get()) + "; asking "
                    + served.get().sparqlUrl() + " (its limits apply)");
            terminal.err().flush();
            try {
                answer(served.get().query(query), query, chosen, served.get().iris(), tableWidth, terminal.out());
            } catch (QueryExceptionHTTP e) {
                throw CommandError.failure("the server at " + served.get().sparqlUrl() + " did not answer the query ("
                        + e.getMessage() + "): narrow the query, or stop the server (process " + served.get().pid()
                        + ") to query the store directly.");
            }
            return ExitCodes.OK;
        }
        try (ArticleStore opened = store.openExisting()) {
            Txn.executeRead(opened.dataset(), () -> answer(QueryExecution.dataset(opened.dataset()).query(query).build(),
                    query, chosen, opened.iris(), tableWidth, terminal.out()));
        }
        return ExitCodes.OK;
    }

    private String queryText() {
        boolean named = queryArgument.endsWith(".rq") || queryArgument.endsWith(".sparql");
        if (!named && !isFile(queryArgument)) {
            return queryArgument;
        }
        try {
            return Files.readString(Path.of(queryArgument), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CommandError.failure("cannot read the query file " + queryArgument + " (" + e + ")"
                    + ": give an existing .rq file, or the SPARQL text itself.");
        }
    }

    private static boolean isFile(String argument) {
        try {
            return Files.isRegularFile(Path.of(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    private static void answer(QueryExecution started, Query query, QueryFormat format, Iris iris, int width,
                               PrintStream out) {
        try (QueryExecution execution = started) {
            if (query.isSelectType()) {
                format.write(execution.execSelect(), query, iris, width, out);
            } else if (query.isAskType()) {
                format.write(execution.execAsk(), out);
            } else if (query.isConstructType()) {
                format.write(execution.execConstruct(), out);
            } else {
                format.write(execution.execDescribe(), out);
            }
        }
        out.flush();
    }
}
