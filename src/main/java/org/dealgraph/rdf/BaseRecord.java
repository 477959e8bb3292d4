package org.dealgraph.rdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;

/**
 * The IRI base a dataset records for itself: the one triple {@code BASE rdf:type dg:IriBase} in its stored
 * default graph. Queries on a dealgraph store see the union of the article graphs, so they never see it;
 * it stays when articles are removed. A dataset that records no base (one written before bases were
 * recorded) was minted under {@link Iris#DEFAULT_BASE}.
 */
public final class BaseRecord {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node IRI_BASE = DG.IriBase.asNode();

    private BaseRecord() {
    }

    /** The quad that records {@code iris}' base. */
    public static Quad quad(Iris iris) {
        return Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI(iris.base()), TYPE, IRI_BASE);
    }

    /** Whether {@code quad} is a base record. */
    public static boolean isRecord(Quad quad) {
        return quad.isDefaultGraph() && quad.getPredicate().equals(TYPE) && quad.getObject().equals(IRI_BASE);
    }

    /**
     * Every base {@code dsg} records: none, one, or (in a damaged store) several. Runs in a read transaction
     * (or the caller's).
     */
    public static List<String> all(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            List<String> bases = new ArrayList<>();
            Iterator<Quad> found = dsg.find(Quad.defaultGraphIRI, Node.ANY, TYPE, IRI_BASE);
            try {
                found.forEachRemaining(quad -> bases.add(text(quad.getSubject())));
            } finally {
                Iter.close(found);
            }
            return bases;
        });
    }

    /**
     * The base {@code dsg} records, if it records one.
     *
     * @throws IllegalStateException if it records several, or one that is no IRI base
     */
    public static Optional<Iris> recorded(DatasetGraph dsg) {
        List<String> bases = all(dsg);
        if (bases.size() > 1) {
            throw new IllegalStateException("the dataset records " + bases.size() + " IRI bases, not one: " + bases);
        }
        try {
            return bases.stream().findFirst().map(Iris::new);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the dataset records a base that is no IRI base: " + bases.get(0), e);
        }
    }

    /** The base {@code dsg}'s IRIs are minted under: the one it records, else {@link Iris#DEFAULT_BASE}. */
    public static Iris of(DatasetGraph dsg) {
        return recorded(dsg).orElseGet(Iris::new);
    }

    /** Records {@code iris}' base in {@code dsg}, inside the caller's write transaction, unless a base is recorded. */
    public static void ensure(DatasetGraph dsg, Iris iris) {
        if (all(dsg).isEmpty()) {
            dsg.add(quad(iris));
        }
    }

    private static String text(Node node) {
        return node.isURI() ? node.getURI() : node.toString();
    }
}
