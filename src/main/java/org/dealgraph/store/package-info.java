/**
 * Store: the TDB2 dataset, one named graph per article, each written whole or not at all in one
 * transaction; queries see the union of the article graphs as their default graph.
 *
 * <p>In: an article's quads. Out: the dataset, for queries, serving and export.
 */
package org.dealgraph.store;
