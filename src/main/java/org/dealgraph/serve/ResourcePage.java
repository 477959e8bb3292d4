package org.dealgraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;
import org.dealgraph.rdf.PROV;

/**
 * The HTML page of one resource, from its description, in words rather than RDF terms. A fact's page is
 * titled by who did what ({@link FactWords}) and lists its parties, amounts, date, duration and status, then
 * its evidence with the stated span marked. An organization's or person's page is a profile: its names (the
 * descriptions an article used for it, "the company", apart), its Wikidata entry, the timeline of the facts
 * about it, its people or roles and its connections ({@link ProfileSections}). Anything else lists its
 * statements. Everything taken from the data is escaped.
 */
final class ResourcePage {

    /** The properties from a fact to its entities, of every kind of fact. */
    private static final Set<Node> ARGUMENTS = KindTerms.allArguments().stream().map(Property::asNode)
            .collect(Collectors.toSet());
    private static final Set<Node> NAMING = Set.of(SKOS.prefLabel.asNode(), RDFS.label.asNode(),
            SKOS.altLabel.asNode(), SchemaDO.name.asNode());
    private static final int MAX_LINKS = 200;

    private final Node resource;
    private final Graph graph;
    private final IriSpace space;
    private final NodeText text;
    private final FactWords facts;
    private final EvidenceHtml evidence;
    private final ProfileSections profile;

    ResourcePage(Node resource, Graph graph, IriSpace space, PrefixMapping prefixes) {
        this(resource, graph, space, prefixes, Map.of());
    }

    /**
     * {@code linkTotals}: how many entities the store links to the resource under each heading of connections of
     * which the graph holds only the first ({@link Describer.Description#linkTotals()}).
     */
    ResourcePage(Node resource, Graph graph, IriSpace space, PrefixMapping prefixes, Map<String, Integer> linkTotals) {
        this.resource = resource;
        this.graph = graph;
        this.space = space;
        this.text = new NodeText(graph, space, prefixes);
        this.facts = new FactWords(graph, text);
        this.evidence = new EvidenceHtml(text);
        this.profile = new ProfileSections(resource, graph, text, linkTotals);
    }

    /** The whole page. */
    String html() {
        return html(Optional.empty());
    }

    /** The whole page, whose description holds the page {@code paging} of the facts about the resource, if given. */
    String html(Optional<Paging> paging) {
        Optional<FactKind> kind = facts.kind(resource);
        if (kind.isPresent()) {
            return factPage(kind.get());
        }
        List<Node> about = profile.factsAbout(ARGUMENTS);
        boolean entity = graph.contains(resource, RDF.type.asNode(), DG.Organization.asNode())
                || graph.contains(resource, RDF.type.asNode(), DG.Person.asNode());
        return entity || !about.isEmpty() || paging.isPresent() ? profilePage(about, paging) : plainPage();
    }

    private String factPage(FactKind kind) {
        String title = facts.title(resource);
        StringBuilder body = heading(title, Words.capitalised(kind.noun())
                + facts.status(resource).map(s -> " · " + s).orElse(""));
        KindTerms terms = KindTerms.of(kind);
        StringBuilder rows = new StringBuilder();
        Set<Node> shown = new HashSet<>(Set.of(RDF.type.asNode(), DG.evidence.asNode(), DG.status.asNode()));
        Set<Property> seen = new LinkedHashSet<>();
        terms.arguments().forEach((role, property) -> {
            if (seen.add(property)) {
                String heading = terms.arguments().values().stream().filter(property::equals).count() > 1
                        ? "parties" : role;
                row(rows, Words.capitalised(Words.ofName(heading)), text.values(resource, property));
                shown.add(property.asNode());
            }
        });
        List<Property> details = new ArrayList<>(terms.amounts());
        details.addAll(List.of(DG.date, DG.duration));
        details.addAll(terms.literals().keySet());
        for (Property p : details) {
            if (shown.add(p.asNode())) {
                row(rows, Words.capitalised(Words.ofName(p.getLocalName())), text.values(resource, p));
            }
        }
        row(rows, "Told in", text.values(resource, PROV.wasDerivedFrom));
        shown.add(PROV.wasDerivedFrom.asNode());
        body.append("<table class=\"statements\">\n").append(rows).append(otherRows(shown)).append("</table>\n");
        body.append(evidenceSection());
        return Html.page(title, body.append(linkedFrom(ARGUMENTS)).toString());
    }

    private String profilePage(List<Node> about, Optional<Paging> paging) {
        String name = text.name(resource);
        String kinds = typesInWords();
        String category = text.values(resource, DG.category).stream().filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).collect(Collectors.joining(", "));
        StringBuilder body = heading(name, Words.capitalised(kinds) + (category.isEmpty() ? "" : " · " + category));
        body.append(names(name)).append(sameAs());
        body.append(profile.connections());
        paging.ifPresent(p -> body.append(pages(p)));
        body.append(profile.roles(about)).append(profile.timeline(about));
        paging.ifPresent(p -> body.append(pages(p)));
        Set<Node> shown = new HashSet<>(NAMING);
        shown.addAll(List.of(RDF.type.asNode(), OWL.sameAs.asNode(), DG.category.asNode(), DG.evidence.asNode()));
        shown.addAll(profile.connectionProperties());
        String rows = otherRows(shown);
        if (!rows.isEmpty()) {
            body.append("<h2>Other statements</h2>\n<table class=\"statements\">\n").append(rows).append("</table>\n");
        }
        body.append(evidenceSection());
        Set<Node> listed = new HashSet<>(ARGUMENTS);
        listed.addAll(profile.connectionProperties());
        return Html.page(name, body.append(linkedFrom(listed)).toString());
    }

    private String plainPage() {
        String name = text.name(resource);
        String kinds = typesInWords();
        StringBuilder body = heading(name, Words.capitalised(kinds));
        body.append(toldHere());
        String rows = otherRows(Set.of(RDF.type.asNode(), SKOS.prefLabel.asNode(), DG.evidence.asNode()));
        if (!rows.isEmpty()) {
            body.append("<table class=\"statements\">\n").append(rows).append("</table>\n");
        }
        body.append(evidenceSection());
        return Html.page(name, body.append(linkedFrom(ARGUMENTS)).toString());
    }

    /** Where the page's facts sit among all facts about the resource, with links to the pages before and after. */
    private String pages(Paging paging) {
        String path = space.path(resource.getURI()).orElse("");
        StringBuilder html = new StringBuilder("<nav class=\"pages\"><span>Facts ").append(paging.first() + 1)
                .append("–").append(paging.end()).append(" of ").append(paging.total())
                .append(", newest first, each with at most ").append(Describer.EVIDENCE_SHOWN)
                .append(" of its sentences (a fact's own page has them all)</span>");
        if (paging.page() > 1) {
            html.append(" ").append(Html.link(path + "?page=1", "newest")).append(" ")
                    .append(Html.link(path + "?page=" + (paging.page() - 1), "newer"));
        }
        if (paging.page() < paging.pages()) {
            html.append(" ").append(Html.link(path + "?page=" + (paging.page() + 1), "older")).append(" ")
                    .append(Html.link(path + "?page=" + paging.pages(), "oldest"));
        }
        return html.append("</nav>\n").toString();
    }

    private String typesInWords() {
        return text.values(resource, RDF.type).stream().filter(Node::isURI)
                .map(t -> Words.ofIri(t.getURI())).distinct().collect(Collectors.joining(", "));
    }

    private String evidenceSection() {
        String list = evidence.list(resource, Integer.MAX_VALUE);
        return list.isEmpty() ? "" : "<h2>Evidence</h2>\n" + list;
    }

    private StringBuilder heading(String title, String subtitle) {
        return new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>\n<p class=\"types\">")
                .append(Html.escape(subtitle)).append("</p>\n<p class=\"iri\"><code>")
                .append(Html.escape(resource.getURI())).append("</code> ").append(formats()).append("</p>\n");
    }

    private String formats() {
        String path = space.path(resource.getURI()).orElse("");
        return List.of(Representation.TURTLE, Representation.JSON_LD, Representation.RDF_XML,
                        Representation.N_TRIPLES).stream()
                .map(r -> Html.link(path + "." + r.extension(), r.extension()))
                .collect(Collectors.joining(" ", "<span class=\"formats\">", "</span>"));
    }

    /**
     * Its names other than the heading, and apart from them the descriptions an article used for it: a label
     * that starts with a lower-case letter ("the company", "the lab") describes, it does not name.
     */
    private String names(String heading) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> descriptions = new LinkedHashSet<>();
        for (Node naming : NAMING) {
            graph.find(resource, naming, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                    .forEach(n -> {
                        String label = n.getLiteralLexicalForm().strip();
                        boolean described = !label.isEmpty() && Character.isLowerCase(label.codePointAt(0));
                        (described ? descriptions : names).add(label);
                    });
        }
        names.remove(heading);
        StringBuilder html = new StringBuilder();
        if (!names.isEmpty()) {
            html.append("<p class=\"names\">Also named ").append(Html.escape(sorted(names))).append("</p>\n");
        }
        if (!descriptions.isEmpty()) {
            html.append("<p class=\"descriptions\">Described in articles as ").append(Html.escape(sorted(descriptions)))
                    .append("</p>\n");
        }
        return html.toString();
    }

    private static String sorted(Set<String> texts) {
        return texts.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
    }

    /** Its entries elsewhere: Wikidata by name, any other by address. */
    private String sameAs() {
        List<Node> same = text.values(resource, OWL.sameAs).stream().filter(Node::isURI).toList();
        if (same.isEmpty()) {
            return "";
        }
        return same.stream().map(n -> {
            String iri = n.getURI();
            boolean wikidata = iri.toLowerCase(Locale.ROOT).contains("wikidata.org/");
            return Html.link(iri, wikidata ? "Wikidata " + iri.substring(iri.lastIndexOf('/') + 1) : iri);
        }).collect(Collectors.joining(" · ", "<p class=\"same-as\">Elsewhere: ", "</p>\n"));
    }

    /** The statements about it by properties not in {@code shown}, each headed by its property in words. */
    private String otherRows(Set<Node> shown) {
        Map<Node, List<Node>> byPredicate = new LinkedHashMap<>();
        graph.find(resource, Node.ANY, Node.ANY).toList().stream()
                .filter(t -> !shown.contains(t.getPredicate()))
                .sorted(Comparator.comparing((Triple t) -> t.getPredicate().getURI()))
                .forEach(t -> byPredicate.computeIfAbsent(t.getPredicate(), k -> new ArrayList<>()).add(t.getObject()));
        StringBuilder rows = new StringBuilder();
        byPredicate.forEach((p, objects) -> row(rows, Words.capitalised(Words.ofIri(p.getURI())), objects));
        return rows.toString();
    }

    private void row(StringBuilder rows, String heading, List<Node> objects) {
        if (objects.isEmpty()) {
            return;
        }
        rows.append("<tr><th>").append(Html.escape(heading)).append("</th><td>")
                .append(objects.stream().distinct().map(text::html).sorted().collect(Collectors.joining("<br>")))
                .append("</td></tr>\n");
    }

    /** The facts derived from this resource (an article), each titled in words, newest first. */
    private String toldHere() {
        List<Node> told = graph.find(Node.ANY, PROV.wasDerivedFrom.asNode(), resource).mapWith(Triple::getSubject)
                .filterKeep(f -> facts.kind(f).isPresent()).toList().stream().distinct()
                .sorted(Comparator.comparing(facts::title)).toList();
        if (told.isEmpty()) {
            return "";
        }
        return told.stream().map(f -> "<li><span class=\"kind\">" + Html.escape(facts.noun(f)) + "</span> "
                        + Html.link(text.href(f), facts.title(f)) + "</li>\n")
                .collect(Collectors.joining("", "<h2>Facts it tells</h2>\n<ul class=\"facts\">\n", "</ul>\n"));
    }

    /**
     * Other resources that point at this one by properties not listed above, each once; not the facts an
     * article tells (listed above) nor their evidence (on the facts' pages).
     */
    private String linkedFrom(Set<Node> listed) {
        Map<String, Set<String>> byPredicate = new LinkedHashMap<>();
        graph.find(Node.ANY, Node.ANY, resource).toList().stream()
                .filter(t -> !listed.contains(t.getPredicate()) && t.getSubject().isURI())
                .filter(t -> !t.getPredicate().equals(PROV.wasDerivedFrom.asNode()) || !(facts.kind(t.getSubject())
                        .isPresent() || graph.contains(t.getSubject(), RDF.type.asNode(), DG.Evidence.asNode())))
                .sorted(Comparator.comparing(Triple::toString))
                .limit(MAX_LINKS)
                .forEach(t -> byPredicate.computeIfAbsent(Words.capitalised(Words.ofIri(t.getPredicate().getURI())),
                        k -> new LinkedHashSet<>()).add(text.html(t.getSubject())));
        if (byPredicate.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Linked from</h2>\n<table class=\"statements\">\n");
        byPredicate.forEach((predicate, subjects) -> html.append("<tr><th>").append(Html.escape(predicate))
                .append("</th><td>").append(String.join("<br>", subjects)).append("</td></tr>\n"));
        return html.append("</table>\n").toString();
    }
}
