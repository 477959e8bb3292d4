/**
 * Resolve: one identity per real organization, person and fact, within an article and across articles,
 * so that the same deal told twice becomes one node. A fact's key follows its kind's recipe
 * ({@link org.dealgraph.model.KeyRecipe}, in {@link org.dealgraph.model.FactKind}); facts of one key are
 * merged by their record's own policy ({@link org.dealgraph.model.Fact#mergedWith}). Nothing here is
 * written for one kind of fact.
 *
 * <p>In: {@link org.dealgraph.model.ExtractedArticle}. Out: {@link org.dealgraph.model.ResolvedArticle}.
 * No Jena here.
 */
package org.dealgraph.resolve;
