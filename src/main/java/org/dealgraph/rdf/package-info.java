/**
 * RDF: the dealgraph vocabulary, the one place where IRIs are minted, and the mapping of a resolved
 * article to quads in its own named graph, with provenance, written to a Jena {@code StreamRDF}.
 *
 * <p>In: {@link org.dealgraph.model.ResolvedArticle}. Out: quads.
 */
package org.dealgraph.rdf;
