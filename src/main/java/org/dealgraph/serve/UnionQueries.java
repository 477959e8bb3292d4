package org.dealgraph.serve;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

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
            QueryExecBuilder exec = QueryExec.dataset(view()).query(query).timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            given.forEach(exec::substitution);
            return exec.select().materialize().stream().toList();
        });
    }

    /**
     * The dataset itself when its default graph already is the union of the article graphs (a store's), so
     * that queries also reach the summary of facts in the stored default graph; otherwise a view of that union.
     */
    private DatasetGraph view() {
        return dataset.getContext().isTrue(TDB2.symUnionDefaultGraph) ? dataset.asDatasetGraph()
                : DatasetGraphFactory.wrap(dataset.asDatasetGraph().getUnionGraph());
    }

    static Node get(Binding row, String variable) {
        return row.get(Var.alloc(variable));
    }
}
