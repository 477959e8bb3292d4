package org.dealgraph.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.FactDate;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.KindTerms;
import org.dealgraph.rdf.Namespaces;
import org.dealgraph.rdf.PROV;

/**
 * The parts of an entity's profile: the timeline of the facts about it (newest first, each in words with its
 * counterparts and evidence), its people or roles, and the entities it is linked with, each once.
 */
final class ProfileSections {

    /** The links a profile lists as connections, with their headings out of and into the resource. */
    record Connection(Node property, String outgoing, String incoming) {

        /** The heading of the links out of the resource, or into it. */
        String heading(boolean incoming) {
            return incoming ? incoming() : outgoing();
        }
    }

    /** The connections of {@code connections.tsv}, in its order. */
    static final List<Connection> CONNECTIONS = connections(Namespaces.prefixes(new Iris()));

    /**
     * The most other entities of one fact the timeline names; the rest are counted ("and 348 more"). A round that
     * many articles tell may gather hundreds of investors, all on the fact's own page.
     */
    static final int COUNTERPARTS_SHOWN = 10;

    private final Node resource;
    private final Graph graph;
    private final NodeText text;
    private final FactWords facts;
    private final EvidenceHtml evidence;
    private final List<Connection> connections = CONNECTIONS;
    private final Map<String, Integer> linkTotals;

    /**
     * {@code linkTotals}: how many entities the store links to the resource under each heading of the connections
     * that the graph holds only the first of.
     */
    ProfileSections(Node resource, Graph graph, NodeText text, Map<String, Integer> linkTotals) {
        this.resource = resource;
        this.graph = graph;
        this.text = text;
        this.facts = new FactWords(graph, text);
        this.evidence = new EvidenceHtml(text);
        this.linkTotals = linkTotals;
    }

    /** The properties the connections are made of, which other sections leave out. */
    Set<Node> connectionProperties() {
        return connections.stream().map(Connection::property).collect(Collectors.toSet());
    }

    /** The facts with this resource as an argument. */
    List<Node> factsAbout(Set<Node> arguments) {
        Set<Node> found = new LinkedHashSet<>();
        graph.find(Node.ANY, Node.ANY, resource).forEach(t -> {
            if (arguments.contains(t.getPredicate())) {
                found.add(t.getSubject());
            }
        });
        return new ArrayList<>(found);
    }

    /** The timeline of the facts other than roles, newest first, undated last. */
    String timeline(List<Node> about) {
        List<Node> events = about.stream().filter(f -> facts.kind(f).filter(FactKind.ROLE::equals).isEmpty())
                .sorted(Comparator.comparing((Node f) -> when(f).map(FactDate::first).orElse(LocalDate.MIN)).reversed()
                        .thenComparing(facts::title))
                .toList();
        if (events.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Timeline</h2>\n<ol class=\"timeline\">\n");
        for (Node fact : events) {
            html.append("<li><span class=\"when\">")
                    .append(Html.escape(when(fact).map(Words::month).orElse("undated")))
                    .append("</span> <span class=\"kind\">").append(Html.escape(facts.noun(fact))).append("</span> ")
                    .append(Html.link(text.href(fact), facts.undatedTitle(fact)));
            facts.status(fact).ifPresent(s -> html.append(" <span class=\"status\">").append(Html.escape(s))
                    .append("</span>"));
            String others = counterparts(fact);
            if (!others.isEmpty()) {
                html.append("<div class=\"with\">with ").append(others).append("</div>");
            }
            html.append(evidence.list(fact, 1)).append("</li>\n");
        }
        return html.append("</ol>\n").toString();
    }

    /** An organization's people, or a person's roles, with the role's name and evidence. */
    String roles(List<Node> about) {
        List<Node> roles = about.stream().filter(f -> facts.kind(f).filter(FactKind.ROLE::equals).isPresent())
                .sorted(Comparator.comparing(facts::title)).toList();
        if (roles.isEmpty()) {
            return "";
        }
        boolean person = graph.contains(resource, org.apache.jena.vocabulary.RDF.type.asNode(), DG.Person.asNode());
        StringBuilder html = new StringBuilder(person ? "<h2>Roles</h2>\n" : "<h2>People and roles</h2>\n")
                .append("<ul class=\"roles\">\n");
        for (Node role : roles) {
            html.append("<li>").append(counterparts(role));
            text.value(role, SchemaDO.roleName).ifPresent(n -> html.append(", ").append(text.html(n)));
            html.append(" <a class=\"fact-link\" href=\"").append(Html.escape(text.href(role))).append("\">(fact)</a>")
                    .append(evidence.list(role, 0)).append("</li>\n");
        }
        return html.append("</ul>\n").toString();
    }

    /** The entities linked with this one by each connection, each listed once under its heading. */
    String connections() {
        Map<String, Set<Node>> byHeading = new LinkedHashMap<>();
        for (Connection c : connections) {
            graph.find(resource, c.property(), Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isURI)
                    .forEach(n -> byHeading.computeIfAbsent(c.outgoing(), k -> new LinkedHashSet<>()).add(n));
            graph.find(Node.ANY, c.property(), resource).mapWith(Triple::getSubject).filterKeep(Node::isURI)
                    .forEach(n -> byHeading.computeIfAbsent(c.incoming(), k -> new LinkedHashSet<>()).add(n));
        }
        byHeading.values().forEach(s -> s.remove(resource));
        byHeading.values().removeIf(Set::isEmpty);
        if (byHeading.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<h2>Connections</h2>\n<table class=\"statements\">\n");
        byHeading.forEach((heading, nodes) -> {
            int more = linkTotals.getOrDefault(heading, 0) - nodes.size();
            html.append("<tr><th>").append(Html.escape(heading)).append("</th><td>")
                    .append(nodes.stream().sorted(Comparator.comparing(text::name)).map(text::html)
                            .collect(Collectors.joining(", ")))
                    .append(more > 0 ? String.format(Locale.ROOT, " and %,d more", more) : "").append("</td></tr>\n");
        });
        return html.append("</table>\n").toString();
    }

    /**
     * The fact's other entities, linked; when there are more than {@value #COUNTERPARTS_SHOWN}, that many of them
     * ({@link #shownCounterparts}), by name, and a count of the rest.
     */
    private String counterparts(Node fact) {
        Set<Node> others = new LinkedHashSet<>();
        facts.kind(fact).ifPresent(k -> KindTerms.of(k).arguments().values().stream().distinct()
                .forEach(p -> text.values(fact, p).forEach(others::add)));
        others.remove(resource);
        if (others.size() <= COUNTERPARTS_SHOWN) {
            return others.stream().map(text::html).collect(Collectors.joining(", "));
        }
        Map<Node, String> names = new HashMap<>();
        List<Node> shown = shownCounterparts(others, COUNTERPARTS_SHOWN);
        shown.forEach(n -> names.put(n, text.name(n)));
        return shown.stream().sorted(Comparator.comparing(names::get)).map(text::html).collect(Collectors.joining(", "))
                + String.format(Locale.ROOT, " and %,d more", others.size() - COUNTERPARTS_SHOWN);
    }

    /**
     * Which {@code most} of a fact's entities a list names when it has more: the first by IRI, an order known before
     * their names are read, so that a page reads the names of these alone ({@link Describer#listed}).
     */
    static List<Node> shownCounterparts(java.util.Collection<Node> entities, int most) {
        return entities.stream().distinct().sorted(Comparator.comparing(Node::toString)).limit(most).toList();
    }

    /**
     * When the fact happened: its own date, else the earliest publication of an article that tells it (which the
     * summary of canonical facts keeps as {@code dg:firstPublished}).
     */
    Optional<FactDate> when(Node fact) {
        Optional<FactDate> own = text.date(fact).flatMap(Words::date);
        if (own.isPresent()) {
            return own;
        }
        return Stream.concat(text.values(fact, DG.firstPublished).stream(),
                        text.values(fact, PROV.wasDerivedFrom).stream()
                                .flatMap(a -> text.values(a, SchemaDO.datePublished).stream()))
                .flatMap(d -> Words.date(d).stream()).min(Comparator.comparing(FactDate::first));
    }

    private static List<Connection> connections(PrefixMapping prefixes) {
        return TextFiles.text("connections.tsv").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t")).filter(p -> p.length == 3)
                .map(p -> new Connection(NodeFactory.createURI(prefixes.expandPrefix(p[0].strip())), p[1].strip(),
                        p[2].strip()))
                .toList();
    }
}
