package org.dealgraph.serve;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.export.Amounts;
import org.dealgraph.model.FactDate;
import org.dealgraph.rdf.DG;

/**
 * How the nodes of a description read for people, as HTML: names for resources, linked to their pages;
 * amounts ({@code about €120 million}); dates ({@code 3 March 2025}); durations ({@code 7 years}); dealgraph's
 * own terms in words ({@code in talks}); everything from the data escaped.
 */
final class NodeText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final List<Property> NAMES = List.of(SKOS.prefLabel, SchemaDO.headline, RDFS.label, SchemaDO.name);

    private final Graph graph;
    private final IriSpace space;
    private final PrefixMapping prefixes;
    private final FactWords facts;

    NodeText(Graph graph, IriSpace space, PrefixMapping prefixes) {
        this.graph = graph;
        this.space = space;
        this.prefixes = prefixes;
        this.facts = new FactWords(graph, this);
    }

    /** The values of {@code property} on {@code subject}, in a stable order. */
    List<Node> values(Node subject, Property property) {
        return graph.find(subject, property.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList().stream()
                .sorted(Comparator.comparing(Node::toString)).toList();
    }

    Optional<Node> value(Node subject, Property property) {
        return values(subject, property).stream().findFirst();
    }

    /**
     * A fact's date when articles state several: the most precise (a day over a month over a bare year), of
     * equally precise ones the earliest.
     */
    Optional<Node> date(Node fact) {
        Comparator<Node> telling = Comparator.comparing(
                d -> FactDate.parse(d.getLiteralLexicalForm()).orElseThrow(), FactDate.MOST_TELLING_FIRST);
        return values(fact, DG.date).stream()
                .filter(d -> d.isLiteral() && FactDate.parse(d.getLiteralLexicalForm()).isPresent())
                .min(telling);
    }

    /**
     * A resource's name: its preferred name, headline or label; a fact's title in words; else its IRI shortened
     * with a prefix.
     */
    String name(Node node) {
        for (Property naming : NAMES) {
            Optional<Node> name = value(node, naming).filter(Node::isLiteral);
            if (name.isPresent()) {
                return name.get().getLiteralLexicalForm();
            }
        }
        if (facts.kind(node).isPresent()) {
            return facts.title(node);
        }
        return node.isURI() ? prefixes.shortForm(node.getURI()) : node.toString();
    }

    /** A resource's types, short ({@code dg:Organization}). */
    List<String> types(Node node) {
        return values(node, RDF.type).stream().filter(Node::isURI).map(t -> prefixes.shortForm(t.getURI())).toList();
    }

    /** Where a link to a resource points: its page here, or its IRI. */
    String href(Node node) {
        return node.isURI() ? space.href(node.getURI()) : "";
    }

    /** HTML for any object: an amount, a linked name, a date or a text. */
    String html(Node node) {
        if (node.isURI() && graph.contains(node, SchemaDO.value.asNode(), Node.ANY)) {
            return Html.link(space.href(node.getURI()), amount(node));
        }
        if (node.isURI() && node.getURI().startsWith(DG.NS)) {
            return Html.escape(Words.ofIri(node.getURI()));
        }
        if (node.isURI()) {
            return Html.link(space.href(node.getURI()), name(node));
        }
        if (node.isLiteral()) {
            return Html.escape(literal(node));
        }
        return Html.escape(node.toString());
    }

    /** An amount node for people: bound, then symbol and figure ({@code up to $4 billion}). */
    String amount(Node amount) {
        Optional<Node> value = value(amount, SchemaDO.value);
        Optional<Node> currency = value(amount, SchemaDO.currency);
        if (value.isEmpty() || currency.isEmpty()) {
            return name(amount);
        }
        String bound = value(amount, DG.bound).filter(Node::isURI).map(b -> switch (b.getLocalName()) {
            case "Approximate" -> "about ";
            case "UpTo" -> "up to ";
            case "AtLeast" -> "at least ";
            default -> "";
        }).orElse("");
        try {
            return bound + Amounts.format(new BigDecimal(value.get().getLiteralLexicalForm()),
                    currency.get().getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return value.get().getLiteralLexicalForm() + " " + currency.get().getLiteralLexicalForm();
        }
    }

    /** A literal's text; dates as {@code 26 June 2023}, months as {@code June 2023}, durations as {@code 7 years}. */
    static String literal(Node literal) {
        String text = literal.getLiteralLexicalForm();
        if (Words.isDuration(literal)) {
            return Words.duration(text);
        }
        String type = literal.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDdate.getURI().equals(type)) {
                return LocalDate.parse(text).format(DATE);
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
                return YearMonth.parse(text).format(MONTH);
            }
        } catch (DateTimeParseException e) {
            return text;
        }
        return text;
    }
}
