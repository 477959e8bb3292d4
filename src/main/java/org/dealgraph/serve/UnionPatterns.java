package org.dealgraph.serve;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementTriplesBlock;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformApplyElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * A query written for a default graph that is the union of the named graphs, rewritten to read that union
 * on any SPARQL 1.1 store, whatever its default graph holds: each block of triple patterns {@code B} becomes
 * {@code { SELECT DISTINCT vars(B) { GRAPH ?g1 { t1 } GRAPH ?g2 { t2 } … } }}, one graph variable per
 * pattern so that a match may join triples of different graphs, and {@code DISTINCT} so that a triple
 * several graphs hold matches once, as it does in the union. A block without variables becomes
 * {@code FILTER EXISTS { … }}. Patterns the query puts inside its own {@code GRAPH} stay as written.
 *
 * <p>A property path is kept whole inside one {@code GRAPH}: it is matched within one graph at a time, so
 * it does not follow links from one graph into another.
 */
final class UnionPatterns extends ElementTransformCopyBase {

    private static final String GRAPH_VARIABLE = "dealgraphGraph";
    private static final String BLANK_VARIABLE = "dealgraphBlank";

    private int graphs;
    private final Map<Node, Var> blanks = new HashMap<>();

    private UnionPatterns() {
    }

    /** {@code query} rewritten to read the union of the named graphs. */
    static Query of(Query query) {
        UnionPatterns transform = new UnionPatterns();
        return QueryTransformOps.transform(query, transform, new ExprTransformApplyElementTransform(transform));
    }

    @Override
    public Element transform(ElementPathBlock block) {
        return union(block.getPattern().getList());
    }

    @Override
    public Element transform(ElementTriplesBlock block) {
        return union(block.getPattern().getList().stream().map(TriplePath::new).toList());
    }

    /** The query's own {@code GRAPH} patterns read the graphs they name, as written. */
    @Override
    public Element transform(ElementNamedGraph graph, Node name, Element inner) {
        return graph;
    }

    @Override
    public Element transform(ElementSubQuery subquery, Query query) {
        return new ElementSubQuery(of(subquery.getQuery()));
    }

    private Element union(List<TriplePath> patterns) {
        if (patterns.isEmpty()) {
            return new ElementPathBlock();
        }
        ElementGroup group = new ElementGroup();
        Set<Var> variables = new LinkedHashSet<>();
        for (TriplePath pattern : patterns) {
            TriplePath named = pattern.isTriple()
                    ? new TriplePath(Triple.create(node(pattern.getSubject()), node(pattern.getPredicate()),
                    node(pattern.getObject())))
                    : new TriplePath(node(pattern.getSubject()), pattern.getPath(), node(pattern.getObject()));
            Stream.of(named.getSubject(), named.getPredicate(), named.getObject())
                    .filter(n -> Var.isVar(n) && !blanks.containsValue((Var) n)).forEach(n -> variables.add((Var) n));
            ElementPathBlock one = new ElementPathBlock();
            one.addTriplePath(named);
            group.addElement(new ElementNamedGraph(Var.alloc(GRAPH_VARIABLE + ++graphs), one));
        }
        if (variables.isEmpty()) {
            return new ElementFilter(new E_Exists(group));
        }
        Query select = new Query();
        select.setQuerySelectType();
        select.setDistinct(true);
        variables.forEach(select::addResultVar);
        select.setQueryPattern(group);
        return new ElementSubQuery(select);
    }

    /** A blank node of a pattern as a variable of its own (it matches as a variable that is not returned). */
    private Node node(Node node) {
        return node.isBlank() ? blanks.computeIfAbsent(node, n -> Var.alloc(BLANK_VARIABLE + blanks.size())) : node;
    }
}
