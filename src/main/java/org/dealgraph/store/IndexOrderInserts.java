package org.dealgraph.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds a batch of quads to a TDB2 dataset, inside the caller's write transaction, one index at a time and in
 * each index's own order.
 *
 * <p>TDB2 keeps every quad in several B+tree indexes (GSPO, GPOS, SPOG...), and adding quads one by one puts
 * each into all of them at once: a batch's inserts then jump between leaves all over every tree. Here the
 * batch's nodes get their ids first, then each index receives the whole batch sorted the way that index is,
 * so that consecutive inserts walk down the same path to the same or the next leaf, as TDB2's bulk loader
 * does on a larger scale. What is stored is the same as with {@code add}: an index keeps a tuple once, so a
 * quad already stored is left as it is.
 */
final class IndexOrderInserts {

    private IndexOrderInserts() {
    }

    /** Adds {@code quads} (all in named graphs) to the TDB2 dataset {@code dsg}; the caller holds a write transaction. */
    static void add(DatasetGraph dsg, List<Quad> quads) {
        if (quads.isEmpty()) {
            return;
        }
        DatasetGraphTDB tdb = TDBInternal.requireStorage(dsg);
        NodeTupleTable table = tdb.getQuadTable().getNodeTupleTable();
        addSorted(table, ids(table.getNodeTable(), quads));
    }

    /**
     * Adds {@code triples} to the default graph of the TDB2 dataset {@code dsg} (its triple table), each index in
     * its own order; the caller holds a write transaction.
     */
    static void addToDefaultGraph(DatasetGraph dsg, List<Triple> triples) {
        if (triples.isEmpty()) {
            return;
        }
        NodeTupleTable table = TDBInternal.requireStorage(dsg).getTripleTable().getNodeTupleTable();
        Ids ids = new Ids(table.getNodeTable());
        List<Tuple<NodeId>> tuples = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            tuples.add(TupleFactory.create3(ids.of(t.getSubject()), ids.of(t.getPredicate()), ids.of(t.getObject())));
        }
        addSorted(table, tuples);
    }

    /** Adds the tuples to every index of {@code table}, sorted the way each index stores them. */
    private static void addSorted(NodeTupleTable table, List<Tuple<NodeId>> tuples) {
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            tuples.sort(inOrderOf(index.getMapping()));
            for (Tuple<NodeId> tuple : tuples) {
                index.add(tuple);
            }
        }
    }

    /** The quads as (graph, subject, predicate, object) tuples of node ids, allocating ids for new nodes. */
    private static List<Tuple<NodeId>> ids(NodeTable nodes, List<Quad> quads) {
        Ids ids = new Ids(nodes);
        List<Tuple<NodeId>> tuples = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            if (q.isDefaultGraph()) {
                throw new IllegalArgumentException("a quad in the default graph: " + q);
            }
            tuples.add(TupleFactory.create4(ids.of(q.getGraph()), ids.of(q.getSubject()), ids.of(q.getPredicate()),
                    ids.of(q.getObject())));
        }
        return tuples;
    }

    /**
     * The node ids of one batch. A batch names the same few nodes over and over (its graphs, the predicates, the
     * classes), and asking the node table each time goes through its shared cache: a map of the batch's own
     * answers in front of it saves most of that.
     */
    private static final class Ids {
        private final NodeTable nodes;
        private final Map<Node, NodeId> known = new HashMap<>();

        Ids(NodeTable nodes) {
            this.nodes = nodes;
        }

        NodeId of(Node node) {
            NodeId id = known.get(node);
            if (id == null) {
                id = nodes.getAllocateNodeId(node);
                known.put(node, id);
            }
            return id;
        }
    }

    /** Orders tuples the way the index with mapping {@code map} stores them. */
    private static Comparator<Tuple<NodeId>> inOrderOf(TupleMap map) {
        return (a, b) -> {
            for (int slot = 0; slot < a.len(); slot++) {
                int c = NodeId.compare(map.mapSlot(slot, a), map.mapSlot(slot, b));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
    }
}
