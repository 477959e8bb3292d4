package org.dealgraph.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;

/** The server's own SELECT queries over the union of the article graphs, each stopped after a timeout. */
final class UnionQueries {

    private final Dataset dataset;
    private final long timeoutMillis;

    UnionQueries(Dataset dataset, long timeoutMillis) {
        this.dataset = dataset;
        this.timeoutMillis = timeoutMillis;
    }

    /** The rows of {@code query} with the variables of {@code given} bound to their nodes. */
    List<Binding> select(Query query, Map<String, Node> given) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder exec = QueryExec.dataset(DatasetGraphFactory.wrap(dataset.asDatasetGraph().getUnionGraph()))
                    .query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            given.forEach(exec::substitution);
            return exec.select().materialize().stream().toList();
        });
    }

    static Node get(Binding row, String variable) {
        return row.get(Var.alloc(variable));
    }
}
