/**
 * The records that every stage of the pipeline hands to the next: an {@link org.dealgraph.model.Article}
 * as read, its analysis ({@link org.dealgraph.model.AnalysedArticle}: sentences, tokens, mentions), the
 * facts extracted from it ({@link org.dealgraph.model.ExtractedArticle}) and the facts resolved to
 * entities and deals shared across articles ({@link org.dealgraph.model.ResolvedArticle}).
 *
 * <p>Everything here is immutable and validated when built. No Jena, no I/O: this package depends on
 * nothing else in dealgraph, and every other package may depend on it.
 */
package org.dealgraph.model;
