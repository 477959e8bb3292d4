package org.dealgraph.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code dealgraph stats}: what the store holds, counted. */
@Command(name = "stats",
        description = "Counts what the store holds: articles, organizations, people, each kind of fact (deals, "
                + "investments, funding rounds…), and triples.",
        mixinStandardHelpOptions = true,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:counted", "1:failure (no store at --store)", "2:bad usage"})
final class StatsCommand implements Callable<Integer> {

    private static final Query KINDS = withFactKinds(QueryFactory.create(Resources.text("stats.rq")));
    private static final Query TRIPLES = QueryFactory.create(Resources.text("triples.rq"));

    private final Terminal terminal;

    @Mixin
    private StoreOption store;

    StatsCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        Map<String, Long> counts;
        try (ArticleStore opened = store.openToRead(terminal.err(), "stats")) {
            counts = opened.read(StatsCommand::count);
        }
        print(counts, terminal.out());
        return ExitCodes.OK;
    }

    /**
     * The counts by kind, in the order of {@code stats.rq} and then of the kinds of fact, then the triples.
     * Call inside a read transaction.
     */
    static Map<String, Long> count(Dataset dataset) {
        Map<String, Long> counts = kinds(dataset);
        counts.put("triples", select(dataset, TRIPLES).get(0).getLiteral("count").getLong());
        return counts;
    }

    /**
     * The distinct nodes of each kind, in the order of {@code stats.rq} and then of the kinds of fact, by the
     * plural printed ({@code articles}, {@code funding rounds}). Call inside a read transaction.
     */
    static Map<String, Long> kinds(Dataset dataset) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (QuerySolution row : select(dataset, KINDS)) {
            counts.put(row.getLiteral("kind").getString(), row.getLiteral("count").getLong());
        }
        return counts;
    }

    /** Adds to the query's VALUES a row per kind of fact, after the rows it has: its plural and its class. */
    private static Query withFactKinds(Query query) {
        ElementData rows = (ElementData) ((ElementGroup) query.getQueryPattern()).get(0);
        int order = rows.getRows().size();
        for (FactKind kind : FactKind.listed()) {
            rows.add(BindingFactory.builder()
                    .add(Var.alloc("order"), NodeFactory.createLiteralDT(String.valueOf(++order), XSDDatatype.XSDinteger))
                    .add(Var.alloc("kind"), NodeFactory.createLiteralString(kind.plural()))
                    .add(Var.alloc("type"), DG.classOf(kind).asNode())
                    .build());
        }
        return query;
    }

    private static List<QuerySolution> select(Dataset dataset, Query query) {
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
