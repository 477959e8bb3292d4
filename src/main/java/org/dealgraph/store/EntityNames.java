package org.dealgraph.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.rdf.DG;

/**
 * The entities' classes and names in the summary: every distinct triple of the article graphs that types an entity
 * ({@code dg:Organization}, {@code dg:Person}) or gives one a {@code skos:prefLabel}, once, however many articles
 * hold it. The union of the article graphs holds the very same triples, so a question about who is named what
 * ("every organization with its least name", "the investee's name") has the same answer from the summary, without
 * reading the labels of every article graph. A triple stays while one article graph holds it.
 */
final class EntityNames {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    private static final Set<Node> CLASSES = Set.of(DG.Organization.asNode(), DG.Person.asNode());

    private EntityNames() {
    }

    /** Whether the summary keeps {@code t}: an entity's class or its preferred name. */
    static boolean kept(Triple t) {
        return PREF_LABEL.equals(t.getPredicate()) || TYPE.equals(t.getPredicate()) && CLASSES.contains(t.getObject());
    }

    /** The triples of {@code quads} the summary keeps. */
    static Set<Triple> of(Collection<Quad> quads) {
        Set<Triple> kept = new HashSet<>();
        for (Quad q : quads) {
            if (kept(q.asTriple())) {
                kept.add(q.asTriple());
            }
        }
        return kept;
    }

    /** The triples the summary keeps from the stored graph {@code graph} (read before it is replaced or removed). */
    static Set<Triple> inGraph(DatasetGraph dsg, Node graph) {
        Set<Triple> kept = new HashSet<>();
        each(dsg, graph, Node.ANY, PREF_LABEL, Node.ANY, q -> kept.add(q.asTriple()));
        for (Node type : CLASSES) {
            each(dsg, graph, Node.ANY, TYPE, type, q -> kept.add(q.asTriple()));
        }
        return kept;
    }

    /**
     * Brings the summary in step after a write: {@code removed} are the kept triples of the graphs it replaced or
     * removed, {@code written} those of the graphs it wrote. A written triple the summary lacks goes into
     * {@code additions}; a removed one that no article graph holds any more is deleted.
     */
    static void update(DatasetGraph dsg, Set<Triple> removed, Set<Triple> written, List<Triple> additions) {
        for (Triple t : removed) {
            if (!written.contains(t) && !told(dsg, t)) {
                dsg.delete(FactSummary.GRAPH, t.getSubject(), t.getPredicate(), t.getObject());
            }
        }
        for (Triple t : written) {
            if (!dsg.contains(FactSummary.GRAPH, t.getSubject(), t.getPredicate(), t.getObject())) {
                additions.add(t);
            }
        }
    }

    /** Every kept triple of the article graphs, as the summary should hold them. */
    static Set<Triple> all(DatasetGraph dsg) {
        Set<Triple> kept = new HashSet<>();
        Consumer<Quad> add = q -> {
            if (!Quad.isDefaultGraph(q.getGraph())) {
                kept.add(q.asTriple());
            }
        };
        each(dsg, Node.ANY, Node.ANY, PREF_LABEL, Node.ANY, add);
        for (Node type : CLASSES) {
            each(dsg, Node.ANY, Node.ANY, TYPE, type, add);
        }
        return kept;
    }

    /** Whether an article graph holds {@code t}. */
    private static boolean told(DatasetGraph dsg, Triple t) {
        Iterator<Quad> found = dsg.find(Node.ANY, t.getSubject(), t.getPredicate(), t.getObject());
        try {
            while (found.hasNext()) {
                if (!Quad.isDefaultGraph(found.next().getGraph())) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(found);
        }
    }

    private static void each(DatasetGraph dsg, Node g, Node s, Node p, Node o, Consumer<Quad> action) {
        FactSummary.each(dsg, g, s, p, o, action);
    }
}
