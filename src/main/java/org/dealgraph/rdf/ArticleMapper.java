package org.dealgraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.ResolvedArticle;

/** PLACEHOLDER (replaced by the rdf stage's author). */
public final class ArticleMapper {

    /** The IRI of the article's named graph. */
    public Node graphName(ArticleId id) {
        throw new UnsupportedOperationException("placeholder: being written");
    }

    /** Sends every quad of the article's named graph to {@code out}. */
    public void map(ResolvedArticle article, StreamRDF out) {
        throw new UnsupportedOperationException("placeholder: being written");
    }
}
