package org.dealgraph.store;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;
import org.dealgraph.rdf.Literals;

/**
 * How many facts link each entity to another, kept in the summary of facts so that the graph view's suggestions
 * (the most linked organizations and people) read one counter per entity instead of every fact. Unlike
 * {@link PartyCounts}, which counts the arguments between parties, this counts every argument of every kind of
 * fact, a role's holder and organization among them: a fact counts once for each entity among its arguments when
 * it has at least two distinct ones. Each counter is a node of its own ({@code dg:LinkCount}) with the entity
 * ({@code dg:countedEntity}) and {@code dg:factCount}; an entity no fact links to another has none.
 */
final class LinkCounts {

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LINK_COUNT = DG.LinkCount.asNode();
    private static final Node COUNTED_ENTITY = DG.countedEntity.asNode();
    private static final Node FACT_COUNT = DG.factCount.asNode();
    private static final String NODE_PREFIX = "urn:x-dealgraph:link-count:";
    private static final Set<Node> ARGUMENTS = Set.copyOf(KindTerms.allArguments().stream().map(Property::asNode)
            .toList());

    private LinkCounts() {
    }

    /** The entities {@code fact} links to one another, given its summary triples: none when it has fewer than two. */
    static List<Node> entitiesOf(Node fact, Collection<Triple> summary) {
        Set<Node> entities = objectsOf(fact, summary, ARGUMENTS);
        return entities.size() < 2 ? List.of() : List.copyOf(entities);
    }

    /** The distinct objects of {@code fact}'s triples under {@code predicates} among {@code summary}, in order. */
    static Set<Node> objectsOf(Node fact, Collection<Triple> summary, Collection<Node> predicates) {
        Set<Node> objects = new LinkedHashSet<>();
        for (Triple t : summary) {
            if (fact.equals(t.getSubject()) && predicates.contains(t.getPredicate())) {
                objects.add(t.getObject());
            }
        }
        return objects;
    }

    /** Whether {@code node} is a counter's node. */
    static boolean isCounter(Node node) {
        return node.isURI() && node.getURI().startsWith(NODE_PREFIX);
    }

    private static Node node(Node entity) {
        return NodeFactory.createURI(NODE_PREFIX
                + URLEncoder.encode(entity.isURI() ? entity.getURI() : entity.toString(), StandardCharsets.UTF_8));
    }

    /** The moves of facts between entities over one write. */
    static Tally<Node> changes() {
        return new Tally<>(new Tally.Counting<>() {
            @Override
            public List<Node> keysOf(Node fact, Collection<Triple> summary) {
                return entitiesOf(fact, summary);
            }

            @Override
            public Node node(Node entity) {
                return LinkCounts.node(entity);
            }

            @Override
            public List<Triple> triples(Node entity, long count) {
                Node node = node(entity);
                return List.of(Triple.create(node, TYPE, LINK_COUNT), Triple.create(node, COUNTED_ENTITY, entity),
                        Triple.create(node, FACT_COUNT, Literals.integer(count)));
            }
        });
    }
}
