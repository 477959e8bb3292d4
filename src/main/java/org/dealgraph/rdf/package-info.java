/**
 * RDF: the dealgraph vocabulary ({@link org.dealgraph.rdf.DG}, in step with {@code ontology/dealgraph.ttl}),
 * the one place where IRIs are minted ({@link org.dealgraph.rdf.Iris}), and the mapping of a resolved
 * article to the quads of its own named graph, with provenance, written to a Jena {@code StreamRDF}
 * ({@link org.dealgraph.rdf.ArticleMapper}). No blank nodes: shared entities and facts merge by IRI
 * across article graphs.
 *
 * <p>The RDF side of the registry of kinds of fact ({@link org.dealgraph.model.FactKind}) is here:
 * {@link org.dealgraph.rdf.KindTerms} holds each kind's class, argument, amount and literal properties and
 * shortcuts, and how the property graph reads its edges (written here for the built-in kinds, read from the
 * kind file for the others); the JSON-LD context, the edge query and the resource pages are built from it,
 * and {@link org.dealgraph.rdf.DG#classOf} gives the class that stats, the consistency check and the tests read.
 * Its IRI segment comes from the registry; its triples are written by one visitor method per kind in
 * {@code FactMapper} (one for all the kinds defined by kind files, driven by their terms).
 *
 * <p>In: {@link org.dealgraph.model.ResolvedArticle}. Out: quads.
 */
package org.dealgraph.rdf;
