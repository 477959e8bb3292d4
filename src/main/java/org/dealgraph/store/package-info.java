/**
 * Store: the TDB2 dataset, one named graph per article, each written whole or not at all in one
 * transaction; queries see the union of the article graphs as their default graph. The stored default
 * graph keeps the summary of canonical facts (FactSummary), rewritten in the same transactions.
 *
 * <p>In: an article's quads, or N-Quads files of article graphs ({@link org.dealgraph.store.QuadParts}) that
 * {@link org.dealgraph.store.PartLoader} loads in bulk. Out: the dataset, for queries, serving and export; or,
 * instead of it, a SPARQL Graph Store Protocol endpoint that {@link org.dealgraph.store.RemoteGraphStore}
 * writes article graphs to.
 */
package org.dealgraph.store;
