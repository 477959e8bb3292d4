package org.dealgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Gathers what the mapper sends for one article. Triples land in the article's graph; a quad for any
 * other graph is a mapper bug and fails loudly rather than leak into another article.
 */
final class QuadCollector extends StreamRDFBase {

    private final Node graph;
    private final List<Quad> quads = new ArrayList<>();

    QuadCollector(Node graph) {
        this.graph = graph;
    }

    @Override
    public void triple(Triple triple) {
        quads.add(Quad.create(graph, triple));
    }

    @Override
    public void quad(Quad quad) {
        if (!graph.equals(quad.getGraph())) {
            throw new IllegalStateException("the mapper wrote to graph " + quad.getGraph()
                    + " while mapping the article of graph " + graph);
        }
        quads.add(quad);
    }

    List<Quad> quads() {
        return List.copyOf(quads);
    }
}
