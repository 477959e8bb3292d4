package org.dealgraph.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
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
 * time: its own triples and links other than from facts ({@code describe-entity.rq}), and the facts of the page
 * ({@code describe-facts.rq}), newest first ({@code facts-about.rq}), both read in the summary of canonical facts
 * when the store keeps one, with at most {@value #EVIDENCE_SHOWN} pieces of each fact's evidence
 * ({@code describe-evidence.rq}): a fact that many articles tell has all of them on its own page, and a page of
 * fifty such facts would otherwise carry thousands of sentences.
 */
final class Describer {

    /** The most facts a description holds about one resource. */
    static final int PAGE_SIZE = 50;

    /** The most pieces of evidence a page of facts holds for one fact. */
    static final int EVIDENCE_SHOWN = 3;

    private static final Query DESCRIBE = withTerms("describe.rq");
    private static final Query ENTITY = withTerms("describe-entity.rq");
    private static final Query FACTS = withTerms("describe-facts.rq");
    private static final Query FACTS_ABOUT = withTerms("facts-about.rq");
    private static final Query EVIDENCE_OF = withTerms("evidence-of.rq");
    private static final Query EVIDENCE = withTerms("describe-evidence.rq");
    private static final Var FACT = Var.alloc("fact");
    private static final Var EVIDENCE_NODE = Var.alloc("evidence");

    /** A description, and which page of the facts about the resource it holds when they fill more than one. */
    record Description(Graph graph, Optional<Paging> paging) {
    }

    private final GraphSource source;
    private final int pageSize;
    private final int evidenceShown;

    Describer(GraphSource source) {
        this(source, PAGE_SIZE, EVIDENCE_SHOWN);
    }

    /**
     * {@code pageSize}: the most facts about one resource a description holds; {@code evidenceShown}: the most
     * pieces of evidence it holds for one fact when it holds a page of them.
     */
    Describer(GraphSource source, int pageSize, int evidenceShown) {
        this.source = source;
        this.pageSize = pageSize;
        this.evidenceShown = evidenceShown;
    }

    /**
     * The query {@code name}, its lines "#ARGUMENTS", "#AMOUNTS" and "#TITLES" replaced by the properties from a
     * fact to its entities, to its amounts and to its title in the graph view, of every kind of fact.
     */
    static Query withTerms(String name) {
        return QueryFactory.create(TextFiles.text(name).replace("#ARGUMENTS", iris(KindTerms.allArguments()))
                .replace("#AMOUNTS", iris(KindTerms.allAmounts())).replace("#TITLES", iris(titles())));
    }

    /** The properties that give an edge of the graph view its title, of every kind of fact. */
    private static List<Property> titles() {
        return Arrays.stream(FactKind.values()).map(k -> KindTerms.of(k).edge().title()).flatMap(Optional::stream)
                .distinct().toList();
    }

    private static String iris(List<Property> properties) {
        return properties.stream().map(p -> "<" + p.getURI() + ">").collect(Collectors.joining(" "));
    }

    /** The description of {@code resource}: an empty graph when the store does not mention it. */
    Graph describe(Node resource) {
        return source.construct(DESCRIBE, Map.of("resource", resource));
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
        Graph graph = source.construct(ENTITY, Map.of("resource", resource));
        List<Node> shown = facts.subList(paging.first(), paging.end());
        GraphUtil.addInto(graph, source.construct(readSummary(onFacts(FACTS, shown)), Map.of()));
        Query evidence = EVIDENCE.cloneQuery();
        QueryBlocks.prepend(evidence, QueryBlocks.values(EVIDENCE_NODE, evidenceShown(shown)));
        GraphUtil.addInto(graph, source.construct(evidence, Map.of()));
        return new Description(graph, Optional.of(paging));
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
        return source.select(readSummary(FACTS_ABOUT.cloneQuery()), Map.of("resource", resource), Optional.empty())
                .stream()
                .map(row -> UnionQueries.get(row, "fact")).toList();
    }
}
