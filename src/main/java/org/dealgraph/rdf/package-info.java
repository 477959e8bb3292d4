/**
 * RDF: the dealgraph vocabulary ({@link org.dealgraph.rdf.DG}, in step with {@code ontology/dealgraph.ttl}),
 * the one place where IRIs are minted ({@link org.dealgraph.rdf.Iris}), and the mapping of a resolved
 * article to the quads of its own named graph, with provenance, written to a Jena {@code StreamRDF}
 * ({@link org.dealgraph.rdf.ArticleMapper}). No blank nodes: shared entities and facts merge by IRI
 * across article graphs.
 *
 * <p>In: {@link org.dealgraph.model.ResolvedArticle}. Out: quads.
 */
package org.dealgraph.rdf;
