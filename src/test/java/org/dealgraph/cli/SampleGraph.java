package org.dealgraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.ArticleStore;

/**
 * Two small article graphs written straight into a store, so that the query, export and stats commands
 * can be tested without the text stages. Both articles name the organization Acme, which the union
 * counts once.
 */
final class SampleGraph {

    static final String ID = "https://example.org/test/";
    static final Node FIRST = iri("graph/1");
    static final Node SECOND = iri("graph/2");

    private final List<Quad> quads = new ArrayList<>();

    SampleGraph() {
        article(FIRST, "article/1", "Acme and Zenith sign a chip deal");
        organization(FIRST, "acme", "Acme Robotics");
        organization(FIRST, "zenith", "Zenith Labs");
        person(FIRST, "jane-roe", "Jane Roe");
        fact(FIRST, "deal/1", DG.Deal, DG.party, "acme", DG.party, "zenith");
        fact(FIRST, "role/1", DG.Role, ORG.member, "jane-roe",
                ORG.organization, "acme");

        article(SECOND, "article/2", "Nova raises money; Acme buys a startup");
        organization(SECOND, "acme", "Acme Robotics");
        organization(SECOND, "nova", "Nova, Inc.");
        fact(SECOND, "round/1", DG.FundingRound, DG.investee, "nova", DG.investor, "acme");
        fact(SECOND, "investment/1", DG.Investment, DG.investor, "acme", DG.investee, "nova");
        fact(SECOND, "acquisition/1", DG.Acquisition, DG.acquirer, "acme", DG.target, "nova");
        fact(SECOND, "partnership/1", DG.Partnership, DG.party, "acme", DG.party, "nova");
    }

    List<Quad> quads() {
        return List.copyOf(quads);
    }

    /** The distinct triples of the union of the two graphs. */
    Set<Triple> unionTriples() {
        return quads.stream().map(Quad::asTriple).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Writes both graphs into {@code store}. */
    void writeTo(ArticleStore store) {
        for (Node graph : List.of(FIRST, SECOND)) {
            store.replace(graph, quads.stream().filter(q -> q.getGraph().equals(graph)).toList());
        }
    }

    private void article(Node graph, String id, String headline) {
        Node node = iri(id);
        add(graph, node, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        add(graph, node, SchemaDO.headline.asNode(), NodeFactory.createLiteralString(headline));
        add(graph, node, DG.contentHash.asNode(), NodeFactory.createLiteralString("hash-of-" + id));
    }

    private void organization(Node graph, String slug, String name) {
        entity(graph, "organization/" + slug, DG.Organization.asNode(), name);
    }

    private void person(Node graph, String slug, String name) {
        entity(graph, "person/" + slug, DG.Person.asNode(), name);
    }

    private void entity(Node graph, String id, Node type, String name) {
        add(graph, iri(id), RDF.type.asNode(), type);
        add(graph, iri(id), SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(name));
    }

    private void fact(Node graph, String id, Resource type,
                      Property p1, String slug1,
                      Property p2, String slug2) {
        add(graph, iri(id), RDF.type.asNode(), type.asNode());
        add(graph, iri(id), p1.asNode(), entityIri(slug1));
        add(graph, iri(id), p2.asNode(), entityIri(slug2));
    }

    private static Node entityIri(String slug) {
        return iri((slug.contains("-") ? "person/" : "organization/") + slug);
    }

    private void add(Node graph, Node s, Node p, Node o) {
        quads.add(Quad.create(graph, s, p, o));
    }

    private static Node iri(String path) {
        return NodeFactory.createURI(ID + path);
    }
}
