package org.dealgraph.serve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;

/** A local dataset read in read transactions, its named graphs' union taken as the default graph. */
final class StoreGraphSource implements GraphSource {

    private final Dataset dataset;

    StoreGraphSource(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    public List<Binding> select(Query query, Map<String, Node> given, Optional<Duration> timeout) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder exec = union().query(query);
            timeout.ifPresent(t -> exec.timeout(t.toMillis(), TimeUnit.MILLISECONDS));
            given.forEach(exec::substitution);
            // A row of TDB2's may look its nodes up only when asked, which must happen inside the transaction.
            return exec.select().materialize().stream().map(BindingFactory::copy).toList();
        });
    }

    @Override
    public Graph construct(Query query, Map<String, Node> given) {
        return Txn.calculateRead(dataset, () -> {
            QueryExecBuilder exec = union().query(query);
            given.forEach(exec::substitution);
            return exec.construct();
        });
    }

    /** A store that dealgraph writes keeps the summary in the same transaction as its article graphs. */
    @Override
    public boolean keepsSummary() {
        return true;
    }

    /**
     * The dataset itself when its default graph already is the union of the article graphs (a store's), so
     * that queries also reach the summary of facts in the stored default graph; otherwise a view of that union.
     */
    private QueryExecBuilder union() {
        DatasetGraph view = dataset.getContext().isTrue(TDB2.symUnionDefaultGraph) ? dataset.asDatasetGraph()
                : DatasetGraphFactory.wrap(dataset.asDatasetGraph().getUnionGraph());
        return QueryExec.dataset(view);
    }
}
