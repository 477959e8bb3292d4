package org.dealgraph.store;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.Iris;

/** Which IRI base a store mints under, decided once when it is opened. */
final class StoreBase {

    private StoreBase() {
    }

    /**
     * The base of the store {@code dsg}: the one it records; else, while it holds no article, the one
     * {@code asked} for (or the default); else the default, which a store written before bases were
     * recorded was minted under.
     *
     * @throws ConflictingBaseException if the store is written under another base than {@code asked}
     */
    static Iris settle(DatasetGraph dsg, Optional<Iris> asked, String store) {
        return Txn.calculateRead(dsg, () -> {
            Optional<Iris> recorded = BaseRecord.recorded(dsg);
            if (recorded.isEmpty() && !holdsGraphs(dsg)) {
                return asked.orElseGet(Iris::new);
            }
            Iris current = recorded.orElseGet(Iris::new);
            if (asked.isPresent() && !asked.get().base().equals(current.base())) {
                throw new ConflictingBaseException(store, current.base(), recorded.isPresent(), asked.get().base());
            }
            return current;
        });
    }

    private static boolean holdsGraphs(DatasetGraph dsg) {
        Iterator<Node> graphs = dsg.listGraphNodes();
        try {
            return graphs.hasNext();
        } finally {
            Iter.close(graphs);
        }
    }
}
