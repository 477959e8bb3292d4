package org.dealgraph.serve;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * A resource's description from the union of the article graphs ({@code describe.rq}): its own triples, the
 * triples that point at it, the names of its neighbours, its amounts and evidence, and the facts about it.
 */
final class Describer {

    private static final Query DESCRIBE = TextFiles.query("describe.rq");

    private final Dataset dataset;

    Describer(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The description of {@code resource}: an empty graph when the store does not mention it. */
    Graph describe(Node resource) {
        return Txn.calculateRead(dataset, () -> QueryExec
                .dataset(DatasetGraphFactory.wrap(dataset.asDatasetGraph().getUnionGraph()))
                .query(DESCRIBE)
                .substitution("resource", resource)
                .construct());
    }
}
