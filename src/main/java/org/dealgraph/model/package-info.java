/**
 * The records that every stage of the pipeline hands to the next: an {@link org.dealgraph.model.Article}
 * as read, its analysis ({@link org.dealgraph.model.AnalysedArticle}: sentences, tokens, mentions), the
 * facts extracted from it ({@link org.dealgraph.model.ExtractedArticle}) and the facts resolved to
 * entities and deals shared across articles ({@link org.dealgraph.model.ResolvedArticle}).
 *
 * <p><b>Kinds of fact.</b> {@link org.dealgraph.model.FactKind} is the registry of the kinds of fact:
 * one entry per kind holds what every layer needs of it that is not RDF (its one name, its argument roles,
 * its key recipe, its IRI segment, its edge in the property graph, its label in stats and reports). Each
 * built-in kind's record implements the sealed {@link org.dealgraph.model.Fact}: its fields, their validation
 * and its merge policy ({@link org.dealgraph.model.Fact#mergedWith}). The kinds defined by kind files
 * ({@code org/dealgraph/kinds/index.txt} on the class path, read by {@code KindFiles} when the registry
 * loads, the one reading this package does) share {@link org.dealgraph.model.DefinedFact}, whose roles,
 * merge policy and RDF terms are those of the kind's {@link org.dealgraph.model.KindDefinition}. A layer that must do something different
 * for each kind (write its RDF, print it) implements {@link org.dealgraph.model.Fact.Visitor}, one method per
 * kind, so that a new kind is a compile error wherever it is not yet handled; nothing outside this package
 * tells kinds apart with {@code instanceof}. The RDF terms of each kind are in {@code rdf} (the registry
 * lives here because this package may not depend on Jena, and every other package may depend on it).
 *
 * <p>Everything here is immutable and validated when built. No Jena, and no I/O but reading the kind files
 * once: this package depends on nothing else in dealgraph, and every other package may depend on it.
 */
package org.dealgraph.model;
