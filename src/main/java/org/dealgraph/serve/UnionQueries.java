package org.dealgraph.serve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** The server's own SELECT queries over the union of the article graphs, each stopped after a timeout. */
final class UnionQueries {

    private final GraphSource source;
    private final long timeoutMillis;

    UnionQueries(GraphSource source, long timeoutMillis) {
        this.source = source;
        this.timeoutMillis = timeoutMillis;
    }

    /** The rows of {@code query} with the variables of {@code given} bound to their nodes. */
    List<Binding> select(Query query, Map<String, Node> given) {
        return source.select(query, given, Optional.of(Duration.ofMillis(timeoutMillis)));
    }

    /**
     * The query {@code name} of {@code queries/} in the form the source can answer: as written when the source
     * keeps the summary of canonical facts, otherwise its form over every article graph.
     */
    Query summarised(String name) {
        return TextFiles.query((source.keepsSummary() ? "queries/" : "union-queries/") + name);
    }

    /**
     * The name of the server's own query {@code name} ("front-latest.rq") in the form the source answers best: its
     * form over the summary of canonical facts ("front-latest-summary.rq") when the source keeps one.
     */
    String ownQuery(String name) {
        return source.keepsSummary() ? name.replace(".rq", "-summary.rq") : name;
    }

    static Node get(Binding row, String variable) {
        return row.get(Var.alloc(variable));
    }
}
