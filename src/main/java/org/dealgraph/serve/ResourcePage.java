package org.dealgraph.serve;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;
import org.dealgraph.rdf.PROV;

/**
 * The HTML page of one resource, from its description: its name and types, its statements (amounts and
 * dates for people, links to related resources), the facts about it with their evidence, the evidence for
 * it, and what else links to it. Everything taken from the data is escaped.
 */
final class ResourcePage {

    /** The properties from a fact to its entities, of every kind of fact. */
    private static final Set<Node> ARGUMENTS = KindTerms.allArguments().stream().map(Property::asNode)
            .collect(Collectors.toSet());
    private static final Set<Node> NOT_IN_TABLE = Set.of(RDF.type.asNode(), SKOS.prefLabel.asNode(),
            DG.evidence.asNode());
    private static final int MAX_LINKS = 200;

    private final Node resource;
    private final Graph graph;
    private final IriSpace space;
    private final PrefixMapping prefixes;
    private final NodeText text;

    ResourcePage(Node resource, Graph graph, IriSpace space, PrefixMapping prefixes) {
        this.resource = resource;
        this.graph = graph;
        this.space = space;
        this.prefixes = prefixes;
        this.text = new NodeText(graph, space, prefixes);
    }

    /** The whole page. */
    String html() {
        String name = text.name(resource);
        StringBuilder body = new StringBuilder();
        body.append("<h1>").append(Html.escape(name)).append("</h1>\n<p class=\"types\">")
                .append(Html.escape(String.join(", ", text.types(resource)))).append("</p>\n")
                .append("<p class=\"iri\"><code>").append(Html.escape(resource.getURI())).append("</code> ")
                .append(formats()).append("</p>\n");
        body.append(statements()).append(facts()).append(evidenceSection(resource, "Evidence")).append(linkedFrom());
        return Html.page(name, body.toString());
    }

    private String formats() {
        String path = space.path(resource.getURI()).orElse("");
        return List.of(Representation.TURTLE, Representation.JSON_LD, Representation.RDF_XML,
                        Representation.N_TRIPLES).stream()
                .map(r -> Html.link(path + "." + r.extension(), r.extension()))
                .collect(Collectors.joining(" ", "<span class=\"formats\">", "</span>"));
    }

    private String statements() {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        graph.find(resource, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !NOT_IN_TABLE.contains(t.getPredicate()))
                .sorted((a, b) -> a.getPredicate().getURI().compareTo(b.getPredicate().getURI()))
                .forEach(t -> byPredicate.computeIfAbsent(t.getPredicate(), k -> new java.util.ArrayList<>())
                        .add(t.getObject()));
        if (byPredicate.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Statements</h2>\n<table class=\"statements\">\n");
        byPredicate.forEach((predicate, objects) -> html.append("<tr><th>")
                .append(Html.escape(prefixes.shortForm(predicate.getURI()))).append("</th><td>")
                .append(objects.stream().map(text::html).sorted().collect(Collectors.joining("<br>")))
                .append("</td></tr>\n"));
        return html.append("</table>\n").toString();
    }

    /** The facts that have this resource as an argument, each with its other arguments and evidence. */
    private String facts() {
        Set<Node> facts = new LinkedHashSet<>();
        graph.find(Node.ANY, Node.ANY, resource).toList().stream()
                .filter(t -> ARGUMENTS.contains(t.getPredicate()))
                .map(Triple::getSubject).sorted((a, b) -> a.toString().compareTo(b.toString())).forEach(facts::add);
        if (facts.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Facts</h2>\n<ul class=\"facts\">\n");
        for (Node fact : facts) {
            html.append("<li>").append(factLine(fact)).append(evidenceList(fact)).append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    private String factLine(Node fact) {
        String kind = text.types(fact).stream().findFirst().orElse("fact").replaceFirst("^dg:|^.*[#/]", "");
        StringBuilder line = new StringBuilder(Html.link(space.href(fact.getURI()), kind)).append(": ");
        List<String> parts = new java.util.ArrayList<>();
        for (Triple t : graph.find(fact, Node.ANY, Node.ANY).toList()) {
            if (ARGUMENTS.contains(t.getPredicate()) && !t.getObject().equals(resource)) {
                parts.add(Html.escape(t.getPredicate().getLocalName()) + " " + text.html(t.getObject()));
            }
        }
        for (var property : KindTerms.allAmounts()) {
            text.values(fact, property).forEach(v -> parts.add(Html.escape(property.getLocalName()) + " " + text.html(v)));
        }
        text.value(fact, SchemaDO.roleName).ifPresent(v -> parts.add(text.html(v)));
        text.date(fact).ifPresent(v -> parts.add(text.html(v)));
        text.value(fact, DG.status).filter(Node::isURI).ifPresent(v -> parts.add(Html.escape(v.getLocalName())));
        return line.append(String.join(" · ", parts)).toString();
    }

    private String evidenceSection(Node holder, String heading) {
        String list = evidenceList(holder);
        return list.isEmpty() ? "" : "<h2>" + Html.escape(heading) + "</h2>\n" + list;
    }

    /** Each evidence sentence, with links to its article's page and the article's address when known. */
    private String evidenceList(Node holder) {
        List<Node> evidence = text.values(holder, DG.evidence);
        if (evidence.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"evidence\">");
        for (Node e : evidence) {
            html.append("<li><blockquote>")
                    .append(text.value(e, DG.sentenceText).map(text::html).orElse(""))
                    .append("</blockquote>");
            text.value(e, PROV.wasDerivedFrom).ifPresent(article -> {
                html.append("<span class=\"source\">from ").append(text.html(article));
                text.value(article, SchemaDO.url).ifPresent(url -> html.append(" · ")
                        .append(Html.link(url.isURI() ? url.getURI() : url.getLiteralLexicalForm(), "source")));
                html.append("</span>");
            });
            html.append("</li>");
        }
        return html.append("</ul>\n").toString();
    }

    /** Other resources that point at this one (facts are listed above), by property. */
    private String linkedFrom() {
        Map<String, List<String>> byPredicate = new LinkedHashMap<>();
        graph.find(Node.ANY, Node.ANY, resource).toList().stream()
                .filter(t -> !ARGUMENTS.contains(t.getPredicate()) && t.getSubject().isURI())
                .sorted((a, b) -> a.toString().compareTo(b.toString()))
                .limit(MAX_LINKS)
                .forEach(t -> byPredicate.computeIfAbsent(prefixes.shortForm(t.getPredicate().getURI()),
                        k -> new java.util.ArrayList<>()).add(text.html(t.getSubject())));
        if (byPredicate.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Linked from</h2>\n<table class=\"statements\">\n");
        byPredicate.forEach((predicate, subjects) -> html.append("<tr><th>").append(Html.escape(predicate))
                .append("</th><td>").append(String.join("<br>", subjects)).append("</td></tr>\n"));
        return html.append("</table>\n").toString();
    }
}
