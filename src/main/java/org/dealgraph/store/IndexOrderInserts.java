package org.dealgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
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

    private final DatasetGraphTDB tdb;
    private final Ids ids;

    private IndexOrderInserts(DatasetGraph dsg) {
        this.tdb = TDBInternal.requireStorage(dsg);
        NodeTable nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
        if (tdb.getTripleTable().getNodeTupleTable().getNodeTable() != nodes) {
            throw new IllegalStateException("the store's triple and quad tables do not share their node table");
        }
        this.ids = new Ids(nodes);
    }

    /**
     * Inserts into the TDB2 dataset {@code dsg} for one write of the caller's write transaction: the quads of a
     * batch and then the summary triples they bring share one map of node ids (the quad and triple tables share
     * their node table), so a node both name is looked up once.
     */
    static IndexOrderInserts into(DatasetGraph dsg) {
        return new IndexOrderInserts(dsg);
    }

    /** Adds {@code quads} (all in named graphs). */
    void add(List<Quad> quads) {
        if (quads.isEmpty()) {
            return;
        }
        List<Tuple<NodeId>> tuples = new ArrayList<>(quads.size());
        for (Quad q : quads) {
            if (q.isDefaultGraph()) {
                throw new IllegalArgumentException("a quad in the default graph: " + q);
            }
            tuples.add(TupleFactory.create4(ids.of(q.getGraph()), ids.of(q.getSubject()), ids.of(q.getPredicate()),
                    ids.of(q.getObject())));
        }
        addSorted(tdb.getQuadTable().getNodeTupleTable(), tuples);
    }

    /** Adds {@code triples} to the default graph (the triple table), each index in its own order. */
    void addToDefaultGraph(List<Triple> triples) {
        if (triples.isEmpty()) {
            return;
        }
        List<Tuple<NodeId>> tuples = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            tuples.add(TupleFactory.create3(ids.of(t.getSubject()), ids.of(t.getPredicate()), ids.of(t.getObject())));
        }
        addSorted(tdb.getTripleTable().getNodeTupleTable(), tuples);
    }

    /**
     * Adds the tuples to every index of {@code table}, sorted the way each index stores them. The tuples' ids are
     * written once into one array of bytes, and each index's records are cut from it in that index's order and
     * sorted as the index compares them (bytes, unsigned), then inserted as records: the same records TDB2 would
     * make from each tuple, without reading every id object again for every index.
     */
    private static void addSorted(NodeTupleTable table, List<Tuple<NodeId>> tuples) {
        int count = tuples.size();
        int length = tuples.get(0).len();
        byte[] packed = new byte[count * length * NodeId.SIZE];
        for (int i = 0; i < count; i++) {
            Tuple<NodeId> tuple = tuples.get(i);
            for (int slot = 0; slot < length; slot++) {
                NodeIdFactory.set(tuple.get(slot), packed, (i * length + slot) * NodeId.SIZE);
            }
        }
        for (TupleIndex index : table.getTupleTable().getIndexes()) {
            if (index instanceof TupleIndexRecord records) {
                insertRecords(records, packed, count, length);
            } else {
                tuples.sort(inOrderOf(index.getMapping()));
                for (Tuple<NodeId> tuple : tuples) {
                    index.add(tuple);
                }
            }
        }
    }

    /** Inserts the {@code count} tuples of {@code length} ids packed in {@code packed} into one index, in its order. */
    private static void insertRecords(TupleIndexRecord records, byte[] packed, int count, int length) {
        TupleMap map = records.getMapping();
        RangeIndex index = records.getRangeIndex();
        RecordFactory factory = index.getRecordFactory();
        byte[][] keys = new byte[count][];
        for (int i = 0; i < count; i++) {
            byte[] key = new byte[length * NodeId.SIZE];
            for (int slot = 0; slot < length; slot++) {
                System.arraycopy(packed, (i * length + map.getSlotIdx(slot)) * NodeId.SIZE, key, slot * NodeId.SIZE,
                        NodeId.SIZE);
            }
            keys[i] = key;
        }
        Arrays.sort(keys, Arrays::compareUnsigned);
        for (byte[] key : keys) {
            index.insert(factory.create(key));
        }
    }

    /**
     * The node ids of one write. A batch names the same few nodes over and over (its graphs, the predicates, the
     * classes, and in the summary the facts and amounts its quads name), and asking the node table each time goes
     * through its shared cache: a map of the write's own answers in front of it saves most of that.
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
