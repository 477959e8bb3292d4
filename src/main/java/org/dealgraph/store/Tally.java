package org.dealgraph.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Literals;

/**
 * Counters of facts by key, kept in the summary of facts as one node per key with its number in
 * {@code dg:factCount}, and the moves of facts between keys over one write, applied to the stored counters at its
 * end. A fact may count under several keys, or under the same key more than once; counters may also add up a
 * figure of each fact instead of counting it ({@link Counting#weight}).
 *
 * @param <K> the key facts are counted by
 */
final class Tally<K> {

    /** What the counters count: the keys of a fact's summary, and each key's counter node and triples. */
    interface Counting<K> {
        /** The keys {@code fact} counts under, given its summary triples {@code summary}. */
        List<K> keysOf(Node fact, Collection<Triple> summary);

        /** The node of the counter of {@code key}. */
        Node node(K key);

        /** The triples of the counter of {@code key} holding {@code count}, its {@link #valuePredicate} among them. */
        List<Triple> triples(K key, long count);

        /** How much {@code fact} counts under each of its keys: one, unless the counters add up something else. */
        default long weight(Node fact, Collection<Triple> summary) {
            return 1;
        }

        /** The predicate that holds a counter's number: {@code dg:factCount}, unless it adds up something else. */
        default Node valuePredicate() {
            return FACT_COUNT;
        }
    }

    private static final Node FACT_COUNT = DG.factCount.asNode();

    /**
     * Counters of one class, one node per key named {@code prefix} and the key, each with its class, its key under
     * {@code keyPredicate} (as {@code literal} writes it) and its {@code dg:factCount}; {@code keysOf} gives the keys
     * a fact's summary counts under.
     */
    static <K> Tally<K> of(String prefix, Node type, Node keyPredicate, Function<K, Node> literal,
                           BiFunction<Node, Collection<Triple>, List<K>> keysOf) {
        return new Tally<>(new Counting<>() {
            @Override
            public List<K> keysOf(Node fact, Collection<Triple> summary) {
                return keysOf.apply(fact, summary);
            }

            @Override
            public Node node(K key) {
                return NodeFactory.createURI(prefix + key);
            }

            @Override
            public List<Triple> triples(K key, long count) {
                Node node = node(key);
                return List.of(Triple.create(node, RDF.type.asNode(), type), Triple.create(node, keyPredicate,
                        literal.apply(key)), Triple.create(node, FACT_COUNT, Literals.integer(count)));
            }
        });
    }

    private final Counting<K> counting;
    private final Map<K, Long> delta = new HashMap<>();

    Tally(Counting<K> counting) {
        this.counting = counting;
    }

    /** A fact whose summary was {@code before} and is now {@code after}. */
    void moved(Node fact, Collection<Triple> before, Collection<Triple> after) {
        List<K> was = counting.keysOf(fact, before);
        List<K> now = counting.keysOf(fact, after);
        long wasWeight = was.isEmpty() ? 0 : counting.weight(fact, before);
        long nowWeight = now.isEmpty() ? 0 : counting.weight(fact, after);
        was.forEach(key -> delta.merge(key, -wasWeight, Long::sum));
        now.forEach(key -> delta.merge(key, nowWeight, Long::sum));
    }

    /** What was gathered, by key: for facts only ever added, their counts. */
    Map<K, Long> counts() {
        return Map.copyOf(delta);
    }

    /** The counters' triples for facts only ever added: what the stored counters hold when nothing was before. */
    List<Triple> triples() {
        return delta.entrySet().stream().filter(e -> e.getValue() > 0)
                .flatMap(e -> counting.triples(e.getKey(), e.getValue()).stream()).toList();
    }

    /** Moves the stored counts by what was gathered: a counter that falls to nothing is removed. */
    void apply(DatasetGraph dsg) {
        delta.forEach((key, change) -> {
            if (change == 0) {
                return;
            }
            Node node = counting.node(key);
            long now = number(dsg, node, counting.valuePredicate()) + change;
            dsg.deleteAny(FactSummary.GRAPH, node, Node.ANY, Node.ANY);
            if (now > 0) {
                counting.triples(key, now).forEach(t -> dsg.add(FactSummary.GRAPH, t.getSubject(), t.getPredicate(),
                        t.getObject()));
            }
        });
    }

    /** The count the counter {@code node} holds, zero when there is none. */
    static long stored(DatasetGraph dsg, Node node) {
        return number(dsg, node, FACT_COUNT);
    }

    /** The number a counter {@code node} holds under {@code predicate} in the summary, zero when it holds none. */
    static long number(DatasetGraph dsg, Node node, Node predicate) {
        Iterator<Quad> found = dsg.find(FactSummary.GRAPH, node, predicate, Node.ANY);
        try {
            return found.hasNext() && found.next().getObject().getLiteralValue() instanceof Number n ? n.longValue() : 0;
        } finally {
            Iter.close(found);
        }
    }
}
