package org.dealgraph.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.PROV;

/**
 * One organization's (or person's) neighbourhood as a dataset of its own, for {@code export --around}: the
 * nodes at most {@code depth} facts away, the facts between them, and what describes those facts (their
 * amounts, evidence and articles), each quad in its article's graph, and the IRI base the dataset records.
 * Every exporter can write it.
 */
public final class Neighbourhood {

    /** Properties whose objects are described along with the fact or evidence that points at them. */
    private static final Set<Node> DESCRIBED = Set.of(DG.value.asNode(), DG.amount.asNode(), DG.price.asNode(),
            DG.valuation.asNode(), DG.evidence.asNode(), PROV.wasDerivedFrom.asNode());

    private Neighbourhood() {
    }

    /** The neighbourhood of the node {@code center} (an IRI) in {@code dataset}, copied into memory. */
    public static Dataset around(Dataset dataset, String center, int depth) {
        PropertyGraph graph = PropertyGraphReader.read(dataset).around(center, depth);
        Set<Node> subjects = new LinkedHashSet<>();
        graph.nodes().forEach(n -> subjects.add(NodeFactory.createURI(n.iri())));
        graph.edges().forEach(e -> subjects.add(NodeFactory.createURI(e.fact())));
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(dataset, () -> Txn.executeWrite(copy, () -> {
            copy(dataset.asDatasetGraph(), subjects, copy);
            BaseRecord.recorded(dataset.asDatasetGraph()).ifPresent(iris -> copy.add(BaseRecord.quad(iris)));
        }));
        return DatasetFactory.wrap(copy);
    }

    /** Copies the named-graph quads about {@code subjects}, and about the nodes their facts describe. */
    private static void copy(DatasetGraph from, Set<Node> subjects, DatasetGraph to) {
        Deque<Node> pending = new ArrayDeque<>(subjects);
        Set<Node> seen = new HashSet<>(subjects);
        while (!pending.isEmpty()) {
            Node subject = pending.removeFirst();
            Iterator<Quad> quads = from.find(Node.ANY, subject, Node.ANY, Node.ANY);
            try {
                while (quads.hasNext()) {
                    Quad quad = quads.next();
                    if (quad.isDefaultGraph()) {
                        continue;
                    }
                    to.add(quad);
                    if (DESCRIBED.contains(quad.getPredicate()) && quad.getObject().isURI()
                            && seen.add(quad.getObject())) {
                        pending.addLast(quad.getObject());
                    }
                }
            } finally {
                Iter.close(quads);
            }
        }
    }
}
