package org.dealgraph.serve;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;
import org.dealgraph.store.StoreState;

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

    /**
     * Read in the summary of canonical facts through the store's indexes, ordered as {@code facts-about.rq} orders
     * them (a test holds the two to the same answer): by the greatest of the fact's own dates, else of its months
     * of first telling ({@code dg:firstMonth}), as text, newest first, undated last, then by IRI. Tens of times
     * faster than the query for an organization with thousands of facts, which the query groups and sorts.
     */
    @Override
    public List<Node> factsAbout(Node resource, Query query) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Map<Node, String> when = new HashMap<>();
            for (Property argument : KindTerms.allArguments()) {
                dsg.find(Quad.defaultGraphIRI, Node.ANY, argument.asNode(), resource)
                        .forEachRemaining(q -> when.computeIfAbsent(q.getSubject(), fact -> when(dsg, fact)));
            }
            Comparator<Map.Entry<Node, String>> newestFirst = Map.Entry.<Node, String>comparingByValue().reversed();
            return when.entrySet().stream()
                    .sorted(newestFirst.thenComparing(e -> e.getKey().isURI() ? e.getKey().getURI() : e.getKey().toString()))
                    .map(Map.Entry::getKey).toList();
        });
    }

    /** The text a fact is ordered by: its greatest own date, else its greatest month of first telling, else "". */
    private static String when(DatasetGraph dsg, Node fact) {
        return greatest(dsg, fact, DG.date.asNode()).or(() -> greatest(dsg, fact, DG.firstMonth.asNode())).orElse("");
    }

    private static Optional<String> greatest(DatasetGraph dsg, Node fact, Node property) {
        Optional<String> greatest = Optional.empty();
        for (var it = dsg.find(Quad.defaultGraphIRI, fact, property, Node.ANY); it.hasNext(); ) {
            Node value = it.next().getObject();
            String text = value.isLiteral() ? value.getLiteralLexicalForm() : value.toString();
            if (greatest.isEmpty() || text.compareTo(greatest.get()) > 0) {
                greatest = Optional.of(text);
            }
        }
        return greatest;
    }

    /** A store that dealgraph writes keeps the summary in the same transaction as its article graphs. */
    @Override
    public boolean keepsSummary() {
        return true;
    }

    @Override
    public Optional<StoreState> state() {
        return StoreState.of(dataset);
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
