/**
 * RDF: the dealgraph vocabulary ({@link org.dealgraph.rdf.DG}, in step with {@code ontology/dealgraph.ttl}),
 * the one place where IRIs are minted ({@link org.dealgraph.rdf.Iris}), and the mapping of a resolved
 * article to the quads of its own named graph, with provenance, written to a Jena {@code StreamRDF}
 * ({@link org.dealgraph.rdf.ArticleMapper}). No blank nodes: shared entities and facts merge by IRI
 * across article graphs.
 *
 * <p>The RDF side of the registry of kinds of fact ({@link org.dealgraph.model.FactKind}) is here: each
 * kind's class is {@link org.dealgraph.rdf.DG#classOf}, which stats, the consistency check and the tests
 * read; its IRI segment comes from the registry; its properties and the shortcuts it yields
 * ({@code dg:partnerOf}, {@code dg:investedIn}…) are written by one visitor method per kind in
 * {@code FactMapper}.
 *
 * <p>In: {@link org.dealgraph.model.ResolvedArticle}. Out: quads.
 */
package org.dealgraph.rdf;
