package org.dealgraph.rdf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.model.FactDate;

/** The quads of one article's named graph as they are built: each once, in the order first added. */
final class QuadBuffer {

    private final Node graph;
    private final Set<Quad> quads = new LinkedHashSet<>();

    QuadBuffer(Node graph) {
        this.graph = graph;
    }

    void add(Node subject, Property predicate, Node object) {
        quads.add(Quad.create(graph, subject, predicate.asNode(), object));
    }

    void add(Node subject, Property predicate, Resource object) {
        add(subject, predicate, object.asNode());
    }

    void type(Node subject, Resource type) {
        add(subject, RDF.type, type);
    }

    void text(Node subject, Property predicate, String text) {
        add(subject, predicate, NodeFactory.createLiteralString(text));
    }

    /** An xsd:decimal in its canonical lexical form (see {@link Literals#decimal}). */
    void decimal(Node subject, Property predicate, BigDecimal value) {
        add(subject, predicate, Literals.decimal(value));
    }

    void integer(Node subject, Property predicate, long value) {
        add(subject, predicate, Literals.integer(value));
    }

    void date(Node subject, Property predicate, LocalDate date) {
        add(subject, predicate, NodeFactory.createLiteralDT(date.toString(), XSDDatatype.XSDdate));
    }

    /** A date as precisely as it is known: an xsd:date, an xsd:gYearMonth or an xsd:gYear. */
    void date(Node subject, Property predicate, FactDate date) {
        XSDDatatype type = switch (date.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        };
        add(subject, predicate, NodeFactory.createLiteralDT(date.lexical(), type));
    }

    /** An xsd:duration; {@code iso} must be a valid one ("P7Y"). */
    void duration(Node subject, Property predicate, String iso) {
        if (!XSDDatatype.XSDduration.isValid(iso)) {
            throw new IllegalArgumentException("not an ISO 8601 duration: " + iso);
        }
        add(subject, predicate, NodeFactory.createLiteralDT(iso, XSDDatatype.XSDduration));
    }

    List<Quad> quads() {
        return List.copyOf(quads);
    }
}
