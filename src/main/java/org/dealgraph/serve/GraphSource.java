package org.dealgraph.serve;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.dealgraph.store.StoreState;

/**
 * Where the pages read the union of the article graphs: a local store ({@link StoreGraphSource}) or a remote
 * SPARQL endpoint ({@link EndpointGraphSource}). Queries are written for a default graph that is that union;
 * each source sees to it that they read it. Reads only: nothing here writes.
 */
interface GraphSource {

    /**
     * The rows of {@code query} with the variables of {@code given} bound to their nodes, stopped after
     * {@code timeout} when one is given.
     *
     * @throws EndpointFailure when a remote endpoint cannot be reached or gives no answer
     */
    List<Binding> select(Query query, Map<String, Node> given, Optional<Duration> timeout);

    /** The graph a CONSTRUCT {@code query} builds, with the variables of {@code given} bound to their nodes. */
    Graph construct(Query query, Map<String, Node> given);

    /**
     * Whether the store keeps dealgraph's summary of canonical facts in its default graph, so that the
     * queries in {@code queries/} that read it find their facts there; a store without it is asked the same
     * questions of every article graph instead (the forms under {@code union-queries/}).
     */
    boolean keepsSummary();

    /**
     * The state of the store's last commit, with its directory, for a local store on disk: what the pages worked
     * out from the whole store are kept beside ({@link StoredPage}). Empty otherwise.
     */
    default Optional<StoreState> state() {
        return Optional.empty();
    }

    /**
     * The facts with {@code resource} as an argument, newest first: the answer of {@code query}
     * ({@code facts-about.rq}, read in the summary when the source keeps one) in its order. A local store reads
     * its indexes instead, with the same answer.
     */
    default List<Node> factsAbout(Node resource, Query query) {
        return select(query, Map.of("resource", resource), Optional.empty()).stream()
                .map(row -> row.get(Var.alloc("fact"))).toList();
    }
}
