/**
 * Extract: the facts an analysed article states (roles, partnerships, deals, investments, funding rounds,
 * acquisitions, subsidiaries), found by trigger words and argument patterns kept in lexicon files, each
 * with its provenance.
 *
 * <p>In: {@link org.dealgraph.model.AnalysedArticle}. Out: {@link org.dealgraph.model.ExtractedArticle}.
 * No Jena here.
 */
package org.dealgraph.extract;
