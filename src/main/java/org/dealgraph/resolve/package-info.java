/**
 * Resolve: one identity per real organization, person and fact, within an article and across articles,
 * so that the same deal told twice becomes one node.
 *
 * <p>In: {@link org.dealgraph.model.ExtractedArticle}. Out: {@link org.dealgraph.model.ResolvedArticle}.
 * No Jena here.
 */
package org.dealgraph.resolve;
