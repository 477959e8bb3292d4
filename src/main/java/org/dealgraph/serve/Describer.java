package org.dealgraph.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.graph.GraphFactory;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.KindTerms;

/**
 * A resource's description from the union of the article graphs ({@code describe.rq}): its own triples, the
 * triples that point at it, the names of its neighbours, its amounts and evidence, and the facts about it.
 * A resource that more than {@value #PAGE_SIZE} facts have as an argument is described a page of facts at a
 * time: its own triples and links other than from facts ({@code describe-entity.rq}) with its first connections,
 * read beside the facts of the page ({@code describe-facts.rq}), newest first ({@code facts-about.rq}), both read in the summary of canonical facts
 * when the store keeps one, with at most {@value #EVIDENCE_SHOWN} pieces of each fact's evidence
 * ({@code describe-evidence.rq}): a fact that many articles tell has all of them on its own page, and a page of
 * fifty such facts would otherwise carry thousands of sentences.
 */
final class Describer {

    /** The most facts a description holds about one resource. */
    static final int PAGE_SIZE = 50;

    /** The most entities a page of facts lists under one heading of connections. */
    static final int LINKS_SHOWN = 100;

    /** The most pieces of evidence a page of facts holds for one fact. */
    static final int EVIDENCE_SHOWN = 3;

    /**
     * Where a page of facts reads its entity part and connections while the requesting thread reads the facts: two
     * sets of index lookups that wait on nothing of each other. Its threads end when idle.
     */
    private static final Executor BESIDE = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "dealgraph-describe");
        thread.setDaemon(true);
        return thread;
    });

    private static final Query DESCRIBE = withTerms("describe.rq");
    private static final Query ENTITY = withTerms("describe-entity.rq");
    private static final Query FACTS = withTerms("describe-facts.rq");
    private static final Query FACTS_ABOUT = withTerms("facts-about.rq");
    private static final Query EVIDENCE_OF = withTerms("evidence-of.rq");
    private static final Query EVIDENCE = withTerms("describe-evidence.rq");
    private static final Query CONNECTIONS_OF = withTerms("connections-of.rq");
    private static final Query LINKED_NAMES = withTerms("linked-names.rq");
    private static final Query TOLD_BY = withTerms("told-by.rq");
    private static final Query TOLD = withTerms("describe-told.rq");
    private static final Var LINKED = Var.alloc("linked");
    private static final Var FACT = Var.alloc("fact");
    private static final Var EVIDENCE_NODE = Var.alloc("evidence");

    /**
     * A description, which page of the facts about the resource it holds when they fill more than one, and how
     * many entities the store links to it under each heading of connections of which it holds only the first.
     */
    record Description(Graph graph, Optional<Paging> paging, Map<String, Integer> linkTotals) {

        Description(Graph graph, Optional<Paging> paging) {
            this(graph, paging, Map.of());
        }
    }

    private final GraphSource source;
    private final int pageSize;
    private final int evidenceShown;
    private final int linksShown;

    Describer(GraphSource source) {
        this(source, PAGE_SIZE, EVIDENCE_SHOWN, LINKS_SHOWN);
    }

    /**
     * {@code pageSize}: the most facts about one resource a description holds; when it holds a page of them,
     * {@code evidenceShown}: the most pieces of evidence it holds for one fact, and {@code linksShown}: the most
     * entities it holds under one heading of connections.
     */
    Describer(GraphSource source, int pageSize, int evidenceShown, int linksShown) {
        this.source = source;
        this.pageSize = pageSize;
        this.evidenceShown = evidenceShown;
        this.linksShown = linksShown;
    }

    /**
     * The query {@code name}, its lines "#ARGUMENTS", "#AMOUNTS" and "#TITLES" replaced by the properties from a
     * fact to its entities, to its amounts and to its title in the graph view, of every kind of fact, and
     * "#CONNECTIONS" by those of the connections a profile lists ({@link ProfileSections#CONNECTIONS}); in
     * "#ARGUMENT_LIST" and "#CONNECTION_LIST" the same are separated by commas, for {@code IN} and {@code NOT IN}.
     */
    static Query withTerms(String name) {
        List<String> connections = ProfileSections.CONNECTIONS.stream().map(c -> "<" + c.property().getURI() + ">").toList();
        return QueryFactory.create(TextFiles.text(name).replace("#ARGUMENTS", iris(KindTerms.allArguments()))
                .replace("#AMOUNTS", iris(KindTerms.allAmounts())).replace("#TITLES", iris(titles()))
                .replace("#CONNECTIONS", String.join(" ", connections))
                .replace("#ARGUMENT_LIST", iris(KindTerms.allArguments()).replace(" ", ", "))
                .replace("#CONNECTION_LIST", String.join(", ", connections)));
    }

    /** The properties that give an edge of the graph view its title, of every kind of fact. */
    private static List<Property> titles() {
        return Arrays.stream(FactKind.values()).map(k -> KindTerms.of(k).edge().title()).flatMap(Optional::stream)
                .distinct().toList();
    }

    private static String iris(List<Property> properties) {
        return properties.stream().map(p -> "<" + p.getURI() + ">").collect(Collectors.joining(" "));
    }

    /**
     * The description of {@code resource}: an empty graph when the store does not mention it. The facts an article
     * tells are read apart, by their nodes, in the summary of canonical facts when the store keeps one: through
     * the union of the article graphs, a fact or a party that thousands of articles tell is read thousands of times.
     */
    Graph describe(Node resource) {
        Graph graph = source.construct(DESCRIBE, Map.of("resource", resource));
        List<Node> told = source.select(TOLD_BY, Map.of("resource", resource), Optional.empty()).stream()
                .map(row -> UnionQueries.get(row, "fact")).toList();
        if (!told.isEmpty()) {
            GraphUtil.addInto(graph, source.construct(readSummary(onFacts(TOLD, told)), Map.of()));
        }
        return graph;
    }

    /**
     * What a list of facts shows of each ({@code describe-facts.rq}, in the summary when the store keeps one): its
     * own triples and its amounts, without the evidence and articles that a fact told many times has by the
     * thousand, and the names of the nodes it points at ({@code linked-names.rq}); of an argument with many entities
     * (a round's investors) only those a list shows ({@link ProfileSections#shownCounterparts}), all of which are
     * among the first of their own argument.
     */
    Graph listed(List<Node> facts) {
        if (facts.isEmpty()) {
            return GraphFactory.createDefaultGraph();
        }
        Graph graph = source.construct(readSummary(onFacts(FACTS, facts)), Map.of());
        Set<Node> arguments = Set.copyOf(KindTerms.allArguments().stream().map(Property::asNode).toList());
        Set<Node> named = new LinkedHashSet<>();
        for (Node fact : facts) {
            Map<Node, List<Node>> entities = new HashMap<>();
            graph.find(fact, Node.ANY, Node.ANY).forEach(t -> {
                if (arguments.contains(t.getPredicate())) {
                    entities.computeIfAbsent(t.getPredicate(), p -> new ArrayList<>()).add(t.getObject());
                } else if (t.getObject().isURI()) {
                    named.add(t.getObject());
                }
            });
            // of each argument, as many as a list names and one more (the one the list is about may be among them)
            entities.values().forEach(e -> named.addAll(ProfileSections.shownCounterparts(e, ProfileSections.COUNTERPARTS_SHOWN + 1)));
        }
        Query names = readSummary(LINKED_NAMES.cloneQuery());
        QueryBlocks.prepend(names, QueryBlocks.values(LINKED, List.copyOf(named)));
        GraphUtil.addInto(graph, source.construct(names, Map.of()));
        return graph;
    }

    /**
     * The description of {@code resource} with the page {@code page} (from 1) of the facts about it; the whole
     * description when they fit on one page; an empty graph for a page past the last.
     */
    Description describe(Node resource, int page) {
        List<Node> facts = factsAbout(resource);
        if (facts.size() <= pageSize && page == 1) {
            return new Description(describe(resource), Optional.empty());
        }
        Paging paging = new Paging(page, pageSize, facts.size());
        if (!paging.exists()) {
            return new Description(GraphFactory.createDefaultGraph(), Optional.of(paging));
        }
        List<Node> shown = facts.subList(paging.first(), paging.end());
        Graph entity = GraphFactory.createDefaultGraph();
        CompletableFuture<Map<String, Integer>> linkTotals = CompletableFuture.supplyAsync(() -> {
            GraphUtil.addInto(entity, source.construct(ENTITY, Map.of("resource", resource)));
            return addConnections(entity, resource);
        }, BESIDE);
        Graph graph = listed(shown);
        Query evidence = EVIDENCE.cloneQuery();
        QueryBlocks.prepend(evidence, QueryBlocks.values(EVIDENCE_NODE, evidenceShown(shown)));
        GraphUtil.addInto(graph, source.construct(evidence, Map.of()));
        Map<String, Integer> totals = joined(linkTotals);
        GraphUtil.addInto(graph, entity);
        return new Description(graph, Optional.of(paging), totals);
    }

    /** The value of a part read beside this thread, with the failure it met thrown here as it was thrown there. */
    private static <T> T joined(CompletableFuture<T> part) {
        try {
            return part.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Adds to {@code graph} the first entities, by IRI, as many as a page shows, that each heading of the connections
     * ({@link ProfileSections#CONNECTIONS}) links to {@code resource}, with their types and names; the number of
     * entities under each heading that holds more.
     */
    private Map<String, Integer> addConnections(Graph graph, Node resource) {
        record Link(ProfileSections.Connection connection, boolean incoming, Node linked) {
        }
        Map<String, List<Link>> byHeading = new LinkedHashMap<>();
        for (var row : source.select(CONNECTIONS_OF, Map.of("resource", resource), Optional.empty())) {
            Node property = UnionQueries.get(row, "property");
            Node linked = UnionQueries.get(row, "linked");
            boolean incoming = Boolean.parseBoolean(UnionQueries.get(row, "incoming").getLiteralLexicalForm());
            ProfileSections.CONNECTIONS.stream().filter(c -> c.property().equals(property)).findFirst()
                    .filter(c -> !linked.equals(resource)).ifPresent(c -> byHeading
                            .computeIfAbsent(c.heading(incoming), h -> new ArrayList<>()).add(new Link(c, incoming, linked)));
        }
        Map<String, Integer> totals = new HashMap<>();
        Set<Node> named = new LinkedHashSet<>();
        byHeading.forEach((heading, links) -> {
            List<Node> distinct = links.stream().map(Link::linked).distinct().sorted(Comparator.comparing(Node::toString))
                    .toList();
            Set<Node> first = Set.copyOf(distinct.subList(0, Math.min(linksShown, distinct.size())));
            if (distinct.size() > first.size()) {
                totals.put(heading, distinct.size());
            }
            for (Link link : links) {
                if (first.contains(link.linked())) {
                    Node property = link.connection().property();
                    graph.add(link.incoming() ? Triple.create(link.linked(), property, resource)
                            : Triple.create(resource, property, link.linked()));
                    named.add(link.linked());
                }
            }
        });
        if (!named.isEmpty()) {
            Query names = readSummary(LINKED_NAMES.cloneQuery());
            QueryBlocks.prepend(names, QueryBlocks.values(LINKED, List.copyOf(named)));
            GraphUtil.addInto(graph, source.construct(names, Map.of()));
        }
        return Map.copyOf(totals);
    }

    /** The query with {@code facts} as the values of its {@code ?fact}. */
    private static Query onFacts(Query query, List<Node> facts) {
        Query bound = query.cloneQuery();
        QueryBlocks.prepend(bound, QueryBlocks.values(FACT, facts));
        return bound;
    }

    /** The query read in the summary of canonical facts when the store keeps one. */
    private Query readSummary(Query query) {
        if (source.keepsSummary()) {
            QueryBlocks.inSummary(query);
        }
        return query;
    }

    /** The first pieces of each fact's evidence, by IRI, as many as a page shows. */
    private List<Node> evidenceShown(List<Node> facts) {
        Map<Node, List<Node>> byFact = new HashMap<>();
        source.select(onFacts(EVIDENCE_OF, facts), Map.of(), Optional.empty()).forEach(row -> byFact
                .computeIfAbsent(UnionQueries.get(row, "fact"), f -> new ArrayList<>())
                .add(UnionQueries.get(row, "evidence")));
        return byFact.values().stream().flatMap(pieces -> pieces.stream().distinct()
                .sorted(Comparator.comparing(Node::toString)).limit(evidenceShown)).toList();
    }

    /** The facts with {@code resource} as an argument, newest first. */
    private List<Node> factsAbout(Node resource) {
        return source.factsAbout(resource, readSummary(FACTS_ABOUT.cloneQuery()));
    }
}
