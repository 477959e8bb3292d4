package org.dealgraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dealgraph stats}: what the store holds, counted. */
@Command(name = "stats",
        description = "Counts what the store holds: articles, organizations, people, deals, investments, funding "
                + "rounds, acquisitions, partnerships, subsidiaries, roles, and triples.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:counted", "1:failure (no store at --store)", "2:bad usage"})
final class StatsCommand implements Callable<Integer> {

    private static final String KINDS = Resources.text("stats.rq");
    private static final String TRIPLES = Resources.text("triples.rq");

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    StatsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Map<String, Long> counts;
        try (ArticleStore opened = store.openExisting()) {
            counts = opened.read(StatsCommand::count);
        }
        print(counts, terminal.out());
        return ExitCodes.OK;
    }

    /** The counts by kind, in the order of {@code stats.rq}, then the triples. Call inside a read transaction. */
    static Map<String, Long> count(Dataset dataset) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (QuerySolution row : select(dataset, KINDS)) {
            counts.put(row.getLiteral("kind").getString(), row.getLiteral("count").getLong());
        }
        counts.put("triples", select(dataset, TRIPLES).get(0).getLiteral("count").getLong());
        return counts;
    }

    private static List<QuerySolution> select(Dataset dataset, String query) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet results = execution.execSelect();
            results.forEachRemaining(rows::add);
            return rows;
        }
    }

    private static void print(Map<String, Long> counts, PrintStream out) {
        int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        counts.forEach((kind, n) -> out.printf("%-" + width + "s%d%n", kind + ":", n));
        out.flush();
    }
}
