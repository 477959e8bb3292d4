package org.dealgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.FactKind;
import org.dealgraph.store.GraphWrite;

/**
 * One article taken through every stage, ready to be written: where it was read from, its id, the write of its
 * graph (made on the worker that maps the article, with what the graph tells the summary of facts) and how many
 * facts of each kind it tells.
 */
public record MappedArticle(String source, ArticleId id, GraphWrite write, Map<FactKind, Integer> facts) {

    public MappedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(write, "write");
        facts = Map.copyOf(facts);
    }

    /** The article whose graph {@code graph} holds {@code quads}. */
    public MappedArticle(String source, ArticleId id, Node graph, List<Quad> quads, Map<FactKind, Integer> facts) {
        this(source, id, GraphWrite.of(graph, quads), facts);
    }

    /** The name of the article's graph. */
    public Node graph() {
        return write.graph();
    }

    /** The quads of the article's graph. */
    public List<Quad> quads() {
        return write.quads();
    }
}
