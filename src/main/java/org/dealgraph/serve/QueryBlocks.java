package org.dealgraph.serve;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;

/**
 * Changes to a parsed query's pattern made with Jena's syntax objects, so that values given by a client reach
 * a query as nodes, never as text: {@code VALUES} blocks put before the pattern (so that the query is evaluated
 * from them, a lookup per value) or after it (a filter on what it finds), and the whole pattern moved into the
 * summary of canonical facts, the store's own default graph.
 */
final class QueryBlocks {

    private QueryBlocks() {
    }

    /** {@code VALUES ?variable { nodes… }}. */
    static ElementData values(Var variable, List<Node> nodes) {
        ElementData data = new ElementData();
        data.add(variable);
        nodes.forEach(n -> data.add(BindingFactory.binding(variable, n)));
        return data;
    }

    /** Puts {@code first} before the query's pattern, in this order. */
    static void prepend(Query query, Element... first) {
        ElementGroup group = new ElementGroup();
        for (Element element : first) {
            group.addElement(element);
        }
        Element pattern = query.getQueryPattern();
        if (pattern instanceof ElementGroup inner) {
            inner.getElements().forEach(group::addElement);
        } else {
            group.addElement(pattern);
        }
        query.setQueryPattern(group);
    }

    /** Puts {@code last} after the query's pattern, in this order: a filter on what the pattern finds. */
    static void append(Query query, Element... last) {
        ElementGroup group = new ElementGroup();
        group.addElement(query.getQueryPattern());
        for (Element element : last) {
            group.addElement(element);
        }
        query.setQueryPattern(group);
    }

    /** The query's whole pattern read in the store's default graph, where a store keeps its summary of facts. */
    static void inSummary(Query query) {
        ElementGroup group = new ElementGroup();
        group.addElement(new ElementNamedGraph(Quad.defaultGraphIRI, query.getQueryPattern()));
        query.setQueryPattern(group);
    }
}
