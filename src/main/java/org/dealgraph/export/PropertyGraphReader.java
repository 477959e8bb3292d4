package org.dealgraph.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.dealgraph.model.FactDate;

/** Reads the {@link PropertyGraph} of a dataset (the union of its graphs), and finds its nodes by name. */
public final class PropertyGraphReader {

    private static final Query NODES = SparqlFiles.query("nodes.rq");
    private static final Query EDGES = EdgeQuery.query();
    private static final Query BY_NAME = SparqlFiles.query("entity-by-name.rq");

    private PropertyGraphReader() {
    }

    /** The whole property graph of {@code dataset}, read in one read transaction. */
    public static PropertyGraph read(Dataset dataset) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph union = SparqlFiles.union(dataset);
            return read(query -> rows(union, query));
        });
    }

    /**
     * The whole property graph that {@code rows} gives: it runs a SELECT query over the union of the article
     * graphs and returns its rows, such as a remote endpoint's.
     */
    public static PropertyGraph read(Function<Query, List<Binding>> rows) {
        Map<String, GraphNode> nodes = nodes(rows.apply(NODES));
        List<GraphEdge> edges = edges(rows.apply(EDGES)).stream()
                .filter(e -> nodes.containsKey(e.source()) && nodes.containsKey(e.target())).toList();
        return new PropertyGraph(List.copyOf(nodes.values()), edges);
    }

    /** The query whose rows {@link #nodes} reads: every organization and person with its preferred name. */
    public static Query nodeQuery() {
        return NODES.cloneQuery();
    }

    /** The query whose rows {@link #edges} reads: every fact's edges, one branch per kind of fact. */
    public static Query edgeQuery() {
        return EDGES.cloneQuery();
    }

    /** The nodes that rows of {@link #nodeQuery} (or a query that binds the same variables) give, by IRI. */
    public static Map<String, GraphNode> nodes(List<Binding> rows) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        rows.forEach(row -> {
            String iri = row.get("node").getURI();
            Node label = row.get("label");
            nodes.putIfAbsent(iri, new GraphNode(iri, label == null ? iri : label.getLiteralLexicalForm(),
                    row.get("type").getLiteralLexicalForm()));
        });
        return nodes;
    }

    /**
     * The edges that rows of {@link #edgeQuery} (or a query that binds the same variables) give, one per fact
     * and pair of ends, with the most precise of their dates; in the order of their first rows.
     */
    public static List<GraphEdge> edges(List<Binding> rows) {
        Map<String, GraphEdge> edges = new LinkedHashMap<>();
        for (Binding row : rows) {
            GraphEdge edge = edge(row);
            edges.merge(edge.id(), edge, GraphEdge::withDateOf);
        }
        return List.copyOf(edges.values());
    }

    /**
     * The organization or person {@code nameOrIri} names: an IRI (with {@code ://}) taken as it is when the
     * dataset has it as a node, otherwise a preferred or other name, compared without case.
     */
    public static Optional<String> find(Dataset dataset, String nameOrIri) {
        return Txn.calculateRead(dataset, () -> {
            DatasetGraph union = SparqlFiles.union(dataset);
            if (nameOrIri.contains("://")) {
                Node iri = NodeFactory.createURI(nameOrIri);
                return union.getDefaultGraph().contains(iri, Node.ANY, Node.ANY)
                        ? Optional.of(nameOrIri) : Optional.<String>empty();
            }
            Node name = NodeFactory.createLiteralString(nameOrIri);
            try (QueryExec exec = QueryExec.dataset(union).query(BY_NAME).substitution("name", name).build()) {
                RowSet found = exec.select();
                return found.hasNext() ? Optional.of(found.next().get("node").getURI()) : Optional.<String>empty();
            }
        });
    }

    private static List<Binding> rows(DatasetGraph union, Query query) {
        List<Binding> rows = new ArrayList<>();
        try (QueryExec exec = QueryExec.dataset(union).query(query).build()) {
            RowSet set = exec.select();
            set.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static GraphEdge edge(Binding row) {
        Optional<BigDecimal> amount = literal(row, "amount").map(BigDecimal::new);
        Optional<String> currency = literal(row, "currency");
        if (amount.isEmpty() || currency.isEmpty()) {
            amount = Optional.empty();
            currency = Optional.empty();
        }
        return new GraphEdge(EdgeKind.named(row.get("kind").getLiteralLexicalForm()).orElseThrow(),
                row.get("fact").getURI(), row.get("source").getURI(), row.get("target").getURI(), amount, currency,
                literal(row, "date").flatMap(FactDate::parse), literal(row, "title"),
                Optional.ofNullable(row.get("status")).filter(Node::isURI).map(n -> words(n.getLocalName())));
    }

    private static Optional<String> literal(Binding row, String var) {
        Node node = row.get(var);
        return node != null && node.isLiteral() ? Optional.of(node.getLiteralLexicalForm()) : Optional.empty();
    }

    /** {@code InTalks} → {@code in talks}, {@code amountRaised} → {@code amount raised}. */
    public static String words(String camel) {
        return camel.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
