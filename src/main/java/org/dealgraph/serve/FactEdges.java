package org.dealgraph.serve;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.export.EdgeKind;
import org.dealgraph.export.GraphEdge;
import org.dealgraph.export.PropertyGraphReader;
import org.dealgraph.model.FactDate;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;

/**
 * The edges of at most a given number of facts of the given kinds that have given entities as an argument: the facts are found in the store ({@code facts-touching.rq}), their
 * triples and amounts copied out of it ({@code fact-triples.rq}), both in the summary of canonical facts when the
 * store keeps one, and the edges worked out from the copy in memory. There the ends of each edge come from the
 * property graph's edge query without its optional parts, and each fact's type, dates, statuses, amounts and
 * titles from {@code fact-details.rq}: a fact that many articles tell may hold dozens of parties, dates and
 * amounts, and the edge query's one row per combination of them runs to tens of thousands of rows for one fact.
 * An edge takes its kind's largest amount (ties: the first currency), its most precise date, and the first of its
 * statuses and titles by their text, as {@link PropertyGraphReader#edges} keeps them.
 */
final class FactEdges {

    /** The facts found, their edges, and whether more facts than the limit were there. */
    record Found(List<GraphEdge> edges, boolean limited) {
    }

    private static final Var NODE = Var.alloc("node");
    private static final Var FACT = Var.alloc("fact");
    private static final Var TYPE = Var.alloc("type");
    private static final Query TOUCHING = Describer.withTerms("facts-touching.rq");
    private static final Query TRIPLES = Describer.withTerms("fact-triples.rq");
    private static final Query ENDS = ends();
    private static final Query DETAILS = Describer.withTerms("fact-details.rq");

    private final GraphSource source;
    private final int limit;

    /** {@code limit}: the most facts one call reads. */
    FactEdges(GraphSource source, int limit) {
        this.source = source;
        this.limit = limit;
    }

    /** The edges of the facts of {@code kinds} with one of {@code nodes} as an argument. */
    Found touching(List<Node> nodes, Set<EdgeKind> kinds) {
        Query query = TOUCHING.cloneQuery();
        QueryBlocks.prepend(query, QueryBlocks.values(NODE, nodes));
        QueryBlocks.append(query, QueryBlocks.values(TYPE, types(kinds)));
        return edges(query);
    }

    private Found edges(Query facts) {
        facts.setLimit(limit + 1L);
        List<Node> found = select(facts).stream().map(row -> row.get(FACT)).toList();
        boolean limited = found.size() > limit;
        if (found.isEmpty()) {
            return new Found(List.of(), false);
        }
        Query triples = TRIPLES.cloneQuery();
        QueryBlocks.prepend(triples, QueryBlocks.values(FACT, limited ? found.subList(0, limit) : found));
        if (source.keepsSummary()) {
            QueryBlocks.inSummary(triples);
        }
        Graph copy = source.construct(triples, Map.of());
        Map<Node, Details> known = new HashMap<>();
        rows(copy, DETAILS).forEach(row -> known.computeIfAbsent(row.get(FACT), f -> new Details()).add(row));
        List<GraphEdge> edges = new ArrayList<>();
        for (GraphEdge bare : PropertyGraphReader.edges(rows(copy, ENDS))) {
            edges.add(known.getOrDefault(NodeFactory.createURI(bare.fact()), new Details()).onto(bare));
        }
        return new Found(edges, limited);
    }

    private List<Binding> select(Query query) {
        if (source.keepsSummary()) {
            QueryBlocks.inSummary(query);
        }
        return source.select(query, Map.of(), Optional.empty());
    }

    private static List<Binding> rows(Graph graph, Query query) {
        return QueryExec.graph(graph).query(query).select().materialize().stream().toList();
    }

    /** The RDF types of the facts that give edges of {@code kinds}. */
    private static List<Node> types(Set<EdgeKind> kinds) {
        return kinds.stream().flatMap(k -> k.facts().stream()).map(f -> KindTerms.of(f).type().asNode())
                .distinct().toList();
    }

    /** The property graph's edge query without its optional parts: one row per fact and pair of ends. */
    private static Query ends() {
        ElementTransformCopyBase withoutOptionals = new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementOptional optional, Element inner) {
                return new ElementGroup();
            }
        };
        Query query = QueryTransformOps.transform(PropertyGraphReader.edgeQuery(), withoutOptionals);
        query.setDistinct(true);
        query.getOrderBy().clear();
        return query;
    }

    /** What one fact says besides its ends, gathered from its rows of {@code fact-details.rq}. */
    private static final class Details {
        private final List<Node> types = new ArrayList<>();
        private final Map<Node, List<Node>> values = new HashMap<>();
        private final Map<Node, BigDecimal> amounts = new HashMap<>();
        private final Map<Node, String> currencies = new HashMap<>();

        void add(Binding row) {
            Node property = row.get(Var.alloc("property"));
            Node value = row.get(Var.alloc("value"));
            if (property.equals(RDF.type.asNode())) {
                types.add(value);
                return;
            }
            values.computeIfAbsent(property, p -> new ArrayList<>()).add(value);
            Node amount = row.get(Var.alloc("amount"));
            Node currency = row.get(Var.alloc("currency"));
            if (amount != null && amount.isLiteral() && currency != null && currency.isLiteral()) {
                amounts.put(value, new BigDecimal(amount.getLiteralLexicalForm()));
                currencies.put(value, currency.getLiteralLexicalForm());
            }
        }

        GraphEdge onto(GraphEdge bare) {
            Optional<KindTerms.Edge> terms = terms(bare.kind());
            Optional<Node> money = terms.flatMap(KindTerms.Edge::amount).flatMap(p -> values(p).stream()
                    .filter(amounts::containsKey).max(Comparator.comparing((Node m) -> amounts.get(m))
                            .thenComparing(currencies::get, Comparator.reverseOrder())));
            Optional<FactDate> date = values(DG.date).stream().filter(Node::isLiteral)
                    .flatMap(d -> FactDate.parse(d.getLiteralLexicalForm()).stream()).min(FactDate.MOST_TELLING_FIRST);
            Optional<String> title = terms.flatMap(KindTerms.Edge::title).flatMap(p -> values(p).stream()
                    .filter(Node::isLiteral).map(Node::getLiteralLexicalForm).min(Comparator.naturalOrder()));
            Optional<String> status = values(DG.status).stream().filter(Node::isURI)
                    .min(Comparator.comparing(Node::getURI)).map(n -> PropertyGraphReader.words(n.getLocalName()));
            return new GraphEdge(bare.kind(), bare.fact(), bare.source(), bare.target(), money.map(amounts::get),
                    money.map(currencies::get), date, title, status);
        }

        private List<Node> values(Property property) {
            return values.getOrDefault(property.asNode(), List.of());
        }

        /** The edge terms of the fact's kind: the kind of fact among those of the edge's kind that has its type. */
        private Optional<KindTerms.Edge> terms(EdgeKind edge) {
            return edge.facts().stream().map(KindTerms::of).filter(t -> types.contains(t.type().asNode()))
                    .map(KindTerms::edge).findFirst();
        }
    }
}
