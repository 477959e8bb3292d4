package org.dealgraph.store;

import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One article as the store holds it.
 *
 * @param graph   the article's named graph
 * @param article the article's node in that graph
 * @param source  the file it was read from, by the name the ingest stored it under ({@code file#n} for the n-th record of a feed)
 */
public record StoredArticle(Node graph, Node article, String source) {

    public StoredArticle {
        Objects.requireNonNull(graph, "graph");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(source, "source");
    }

    /** Whether this article was read from {@code file}: the file itself, or one record of it as a feed. */
    public boolean readFrom(String file) {
        return source.equals(file) || file().equals(file);
    }

    /** The file the article was read from: its source without a feed's record number ({@code #n}). */
    public String file() {
        int hash = source.lastIndexOf('#');
        boolean record = hash > 0 && hash < source.length() - 1
                && source.substring(hash + 1).chars().allMatch(Character::isDigit);
        return record ? source.substring(0, hash) : source;
    }
}
