package org.dealgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;

/** PLACEHOLDER (replaced by the store stage's author). */
public final class ArticleStore implements AutoCloseable {

    public static ArticleStore open(Path directory) {
        throw new UnsupportedOperationException("placeholder: being written");
    }

    public static ArticleStore inMemory() {
        throw new UnsupportedOperationException("placeholder: being written");
    }

    /** The content hash recorded with the article graph {@code graph}, if it is stored. */
    public Optional<String> storedHash(Node graph) {
        throw new UnsupportedOperationException("placeholder: being written");
    }

    /** Replaces the article graph {@code graph} with {@code quads}, whole or not at all, in one write transaction. */
    public void replace(Node graph, List<Quad> quads) {
        throw new UnsupportedOperationException("placeholder: being written");
    }

    /** The dataset; its default graph is the union of the article graphs. */
    public Dataset dataset() {
        throw new UnsupportedOperationException("placeholder: being written");
    }

    @Override
    public void close() {
    }
}
