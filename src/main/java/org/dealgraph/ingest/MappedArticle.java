package org.dealgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.FactKind;

/**
 * One article taken through every stage, ready to be written: where it was read from, its id, its graph's name,
 * the graph's quads and how many facts of each kind it tells.
 */
public record MappedArticle(String source, ArticleId id, Node graph, List<Quad> quads, Map<FactKind, Integer> facts) {

    public MappedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(graph, "graph");
        quads = List.copyOf(quads);
        facts = Map.copyOf(facts);
    }
}
